import { useTranslation } from 'react-i18next';
import { useDensity } from '../../../hooks/use-density.ts';
import { DENSITIES } from '../../../lib/preferences.ts';

/**
 * Cards or a compact list, for every grid; the choice is remembered. Until the app runs
 * neither button is pressed: the prerendered page cannot know the reader's choice.
 */
export function DensityToggle() {
  const { t } = useTranslation();
  const [density, setDensity] = useDensity();
  return (
    <div role="group" aria-label={t('density.label')} className="segmented">
      {DENSITIES.map((value) => (
        <button key={value} type="button" aria-pressed={density === value} onClick={() => setDensity(value)}>
          {t(`density.${value}`)}
        </button>
      ))}
    </div>
  );
}
