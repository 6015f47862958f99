/**
 * The page checks of support/test.ts can fail a test: each scenario here causes one problem
 * and is expected to fail (`test.fail`), and one declared problem lets a test pass.
 */
import { gotoReady } from './support/app.ts';
import { test } from './support/test.ts';

// Nothing to look at in an expected failure.
test.use({ trace: 'off', screenshot: 'off' });

test.fail('a console error fails the test', async ({ page }) => {
  await gotoReady(page, './');
  await page.evaluate(() => {
    console.error('an error');
  });
});

test.fail('an uncaught exception fails the test', async ({ page }) => {
  await gotoReady(page, './');
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        setTimeout(() => {
          throw new Error('an uncaught exception');
        });
        setTimeout(resolve, 50);
      }),
  );
});

test.fail('a Content-Security-Policy violation fails the test', async ({ page }) => {
  await gotoReady(page, './');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
  });
});

test.fail('a React hydration warning fails the test', async ({ page }) => {
  await gotoReady(page, './');
  await page.evaluate(() => {
    console.warn('A tree hydrated but some attributes of the server rendered HTML did not match');
  });
});

test.fail('a second page of the context is watched too', async ({ context }) => {
  const second = await context.newPage();
  await gotoReady(second, './');
  await second.evaluate(() => {
    console.error('an error on the second page');
  });
});

test.fail('a context the test opens itself is watched too', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await gotoReady(page, './');
    await page.evaluate(() => {
      console.error('an error in another context');
    });
  } finally {
    await context.close();
  }
});

test.describe('a declared problem', () => {
  test.use({ allowedProblems: [/an expected error/] });

  test('does not fail the test', async ({ page }) => {
    await gotoReady(page, './');
    await page.evaluate(() => {
      console.error('an expected error');
    });
  });
});
