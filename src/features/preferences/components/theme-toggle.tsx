import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { MoonIcon, SunIcon } from '../../../components/icons.tsx';
import { mediaQuery } from '../../../lib/media-query.ts';
import { applyThemeColor } from '../../../lib/theme-color.ts';
import { usePreferences } from '../../../lib/preferences.ts';
import { usePreferencesStore } from '../../../lib/preferences-context.tsx';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void) {
  const query = mediaQuery(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Dark mode follows the system until the reader picks one; the pick is remembered. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const preferences = usePreferencesStore();
  const { theme } = usePreferences(preferences);
  const systemDark = useSyncExternalStore(
    subscribeToSystemTheme,
    () => mediaQuery(DARK_QUERY).matches,
    () => false,
  );
  const dark = theme === null ? systemDark : theme === 'dark';

  useEffect(() => {
    const root = document.documentElement;
    if (theme === null) delete root.dataset.theme;
    else root.dataset.theme = theme;
    applyThemeColor(theme);
  }, [theme]);

  return (
    <button
      type="button"
      className="icon-btn text-lg"
      data-replay="theme"
      aria-pressed={dark}
      aria-label={t('settings.themeDark')}
      title={dark ? t('settings.switchToLight') : t('settings.switchToDark')}
      onClick={() => preferences.set({ theme: dark ? 'light' : 'dark' })}
    >
      {dark ? <MoonIcon /> : <SunIcon />}
    </button>
  );
}
