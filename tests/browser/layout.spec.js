// Small screens and large text: every page fits 320 CSS pixels (a small phone, or a normal
// one at 200% zoom) without sideways scrolling, and every control is at least 44 px tall.
import { test, expect, routes, appReady, chooseLanguage } from './fixtures.js';

for (const width of [320, 640]) {
  test(`every page fits ${width} px without sideways scrolling, in English and Welsh`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const language of ['English', 'Cymraeg']) {
      for (const route of routes) {
        await page.goto(route.path);
        await appReady(page);
        if (language === 'Cymraeg' && (await page.locator('html').getAttribute('lang')) !== 'cy') {
          await chooseLanguage(page, 'Cymraeg');
          await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${route.path} (${language}) at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
}

test('buttons, menu links, choices and the exit are at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', '/settings/', '/help/', '/checklist/', '/questions/', '/plan/', '/contacts/', '/letters/', '/keep-a-copy/']) {
    await page.goto(path);
    await appReady(page);
    const small = await page.evaluate(() => [...document.querySelectorAll(
      'button, summary, .main-nav__link, .exit-this-page__button, .radio, .step-list__link, .advice-line__call, .site-footer a, '
      + '.check, .text-input, .select, .file-input',
    )].filter((el) => el.getBoundingClientRect().height < 44 && el.offsetParent !== null)
      .map((el) => `${el.className || el.tagName}: ${Math.round(el.getBoundingClientRect().height)}px`));
    expect(small, path).toEqual([]);
  }
});
