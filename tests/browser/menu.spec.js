// The header and its menu (issue 22): on a small phone the first screen shows the page, not the
// menu. One short row (the guide's name, "Menu", the exit) stays in view; the one menu holds
// the languages and every page of the route table, grouped by what a parent is doing; it works
// before the app starts and without script, and as a menu button should once the app runs.
import { test, expect, routes, appReady, expectNoAxeViolations, openMenu } from './fixtures.js';

/** The exit, in any language. */
const exit = (page) => page.locator('.exit-this-page__button');
const inMenu = routes.filter((r) => r.menu);

for (const code of ['en', 'pl', 'ur']) {
  test(`every page in ${code} at 360 by 800: the heading starts in the top 160 px, under the exit; nothing sideways at 320`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?lang=${code}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    for (const route of routes) {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(route.path);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const label = `${route.path} in ${code}`;
      const top = await page.locator('main h1').first().evaluate((h) => h.getBoundingClientRect().top);
      expect(top, `${label}: the h1 starts at ${Math.round(top)} px`).toBeLessThanOrEqual(160);
      await expect(exit(page), label).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.site-menu summary'), label).toBeInViewport({ ratio: 1 });
      // The header is one row: its name, button and exit side by side, none over another.
      const header = await page.locator('.site-header').boundingBox();
      expect(header.height, `${label}: header ${header.height} px tall`).toBeLessThanOrEqual(100);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${label} at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}

test('every page of the route table that belongs in the menu is in it, in its group, and the current one is marked', async ({ page }) => {
  test.setTimeout(60_000);
  // The route table (src/core/routes.rs) says which pages the menu leaves out: the print view,
  // and Share this guide (for the people who help parents, from the home page and the footer).
  expect(routes.filter((r) => !r.menu).map((r) => r.slug)).toEqual(['print', 'share']);
  await page.goto('/');
  await appReady(page);
  await openMenu(page);
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  for (const route of routes) {
    const link = nav.locator(`a[href="${route.path}"]`);
    if (!route.menu) {
      await expect(link, route.path).toHaveCount(0);
      continue;
    }
    await expect(link, route.path).toBeVisible();
    await expect(page.locator(`[data-menu-group="${route.menu}"] a[href="${route.path}"]`), route.path).toHaveCount(1);
  }
  // Grouped by what a parent is doing, each group named (Settings names itself).
  await expect(nav.locator('.main-nav__heading')).toHaveText(['The guide', 'My notes', 'Writing', 'Help']);
  await expect(page.getByRole('list', { name: 'The guide' }).getByRole('link')).toHaveText([
    'Start', 'Before the conference', 'At the conference', 'The core group', 'The review conference',
    'Complaints and advice', 'Word list', 'Understand a report',
  ]);
  await expect(page.getByRole('list', { name: 'My notes' }).getByRole('link')).toHaveText([
    'Checklist', 'Questions', 'Take to the meeting', 'Plan', 'Dates', 'Contacts', 'Keep a copy of my notes',
  ]);
  await expect(page.getByRole('list', { name: 'Help' }).getByRole('link')).toHaveText(['Advice lines', 'Cover your tracks']);
  // The current page is marked, on every page in the menu.
  for (const route of inMenu) {
    await page.goto(route.path);
    await appReady(page);
    await expect(page.locator('.main-nav [aria-current="page"]'), route.path).toHaveAttribute('href', route.path);
  }
  await page.goto('/print/');
  await appReady(page);
  await expect(page.locator('.main-nav [aria-current="page"]')).toHaveCount(0);
});

test('with the app running: the button says whether the menu is open, Escape closes it and focus goes back, a followed link closes it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/before/');
  await appReady(page);
  const button = page.locator('.site-menu summary');
  const panel = page.locator('#site-menu-panel');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAttribute('aria-controls', 'site-menu-panel');
  await expect(button).toHaveAccessibleName('Menu');
  await expect(panel).toBeHidden();
  // By keyboard: Enter opens it, Tab goes into it in the order it is seen, Escape closes it.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.locator('.language-switcher__option').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  // Tab order follows the screen: the button, its panel top to bottom, then the exit (and
  // the menu closes as focus leaves it, rather than cover what focus lands on).
  await page.keyboard.press('Enter');
  const seen = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      // Where it sits in the panel, which scrolls on its own to show it.
      const panel = document.getElementById('site-menu-panel');
      const top = el.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      return { inPanel: !!el.closest('#site-menu-panel'), exit: el.matches('.exit-this-page__button'), top: Math.round(top) };
    });
    if (!at.inPanel) {
      expect(at.exit, 'after the menu, the exit').toBe(true);
      break;
    }
    seen.push(at.top);
  }
  expect(seen.length).toBeGreaterThan(inMenu.length);
  expect(seen, 'each stop at or below the one before').toEqual([...seen].sort((a, b) => a - b));
  await expect(panel).toBeHidden();
  // A tap on a link: the next page, the menu closed behind it, its button still to hand.
  await openMenu(page);
  await page.locator('.main-nav').getByRole('link', { name: 'Questions', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('My questions');
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // A part of a page: the advice lines.
  await openMenu(page);
  await page.locator('.main-nav').getByRole('link', { name: 'Advice lines', exact: true }).click();
  await expect(page).toHaveURL(/\/help\/#advice-lines$/);
  await expect(page.locator('#advice-lines')).toBeInViewport();
});

test('with the app running: focus leaving the menu straight after the button closes it, before the menu has heard its own toggle', async ({ page }) => {
  await page.goto('/before/');
  await appReady(page);
  const panel = page.locator('#site-menu-panel');
  // A fast hand (or a slow phone): the button opens the menu and focus moves on, in the same
  // task, before the browser's toggle event for the opening has arrived.
  await page.evaluate(() => {
    document.querySelector('.site-menu summary').focus();
    document.querySelector('.site-menu summary').click();
    document.querySelector('.exit-this-page__button').focus();
  });
  await expect(page.locator('.exit-this-page__button')).toBeFocused();
  await expect(panel).toBeHidden();
  await expect(page.locator('.site-menu summary')).toHaveAttribute('aria-expanded', 'false');
  // Escape too, straight after the button.
  await page.evaluate(() => {
    document.querySelector('.site-menu summary').click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await expect(panel).toBeHidden();
  await expect(page.locator('.site-menu summary')).toBeFocused();
});

test('the menu is open with the exit in reach: its panel starts under the header and scrolls on its own', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/core-group/');
  await appReady(page);
  await page.mouse.wheel(0, 2000);
  await openMenu(page);
  await expect(exit(page)).toBeInViewport({ ratio: 1 });
  const header = await page.locator('.site-header__bar').boundingBox();
  const panel = await page.locator('#site-menu-panel').boundingBox();
  expect(panel.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(panel.y + panel.height).toBeLessThanOrEqual(640 + 1);
  // The last link is reached by scrolling the panel, and the exit still takes a tap.
  const last = page.locator('.main-nav__link').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(exit(page)).toBeInViewport({ ratio: 1 });
});

for (const code of ['en', 'cy', 'pl', 'ro', 'ur', 'ar']) {
  test(`at 200% zoom and at 320 and 360 px, in ${code}, nothing in the header overlaps, open or closed`, async ({ page }) => {
    await page.goto(`/?lang=${code}`);
    await appReady(page);
    // A 1280 by 800 screen at 200% is 640 by 400 CSS pixels; a small phone is 320 wide.
    for (const [width, height] of [[640, 400], [360, 800], [320, 568]]) {
      await page.setViewportSize({ width, height });
      await page.goto('/before/');
      await appReady(page);
      const boxes = await page.evaluate(() => ['.site-header__name', '.site-menu__toggle', '.exit-this-page__button']
        .map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return { s, l: r.left, r: r.right, t: r.top, b: r.bottom }; }));
      // No words run sideways out of their own box, under the next one. (Up and down, Nastaliq's
      // tall letters reach past their line by design, into the row's padding.)
      const spilled = await page.evaluate(() => ['.site-header__name', '.site-menu__toggle', '.exit-this-page__button']
        .filter((s) => { const el = document.querySelector(s); return el.scrollWidth > el.clientWidth + 1; }));
      expect(spilled, `words spill out at ${width} px in ${code}`).toEqual([]);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
          expect(overlap, `${a.s} and ${b.s} at ${width} px in ${code}`).toBe(false);
        }
      }
      await openMenu(page);
      await expect(exit(page)).toBeInViewport({ ratio: 1 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `open at ${width} px in ${code}`).toBeLessThanOrEqual(0);
      // Every target in the menu is at least 44 px tall.
      const small = await page.evaluate(() => [...document.querySelectorAll('.site-menu summary, #site-menu-panel a, #site-menu-panel button')]
        .filter((el) => el.getBoundingClientRect().height < 44 || el.getBoundingClientRect().width < 44)
        .map((el) => `${el.textContent.trim()}: ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`));
      expect(small, `${width} px in ${code}`).toEqual([]);
    }
  });
}

test('right to left in Urdu and Arabic: the name at the right, the exit at the left, the panel reads from the right', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const code of ['ur', 'ar']) {
    await page.goto(`/before/?lang=${code}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const name = await page.locator('.site-header__name').boundingBox();
    const exit = await page.locator('.exit-this-page__button').boundingBox();
    expect(exit.x + exit.width, code).toBeLessThanOrEqual(name.x + 1);
    await openMenu(page);
    const panel = await page.locator('#site-menu-panel').boundingBox();
    const first = await page.locator('.main-nav__link').first().boundingBox();
    // The links line up on the right edge.
    expect(panel.x + panel.width - (first.x + first.width), code).toBeLessThan(40);
    await page.keyboard.press('Escape');
  }
});

test('the header shows the plain name when it is chosen, before the app starts as well', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto('/settings/');
  await appReady(page);
  await expect(page.locator('.site-header__name')).toHaveText('Child protection conference guide', { useInnerText: true });
  await page.getByRole('radio', { name: 'A plain name: Notes' }).check();
  await expect(page.locator('.site-header__name')).toHaveText('Notes', { useInnerText: true });
  await expect(page.locator('.site-header__name')).toHaveAccessibleName('Notes');
  // The pre-rendered page, with no app: the early script already shows the plain name.
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/before/');
  await expect(page.locator('html')).toHaveAttribute('data-plain-name', '');
  await expect(page.locator('.site-header__name')).toHaveText('Notes', { useInnerText: true });
  await expect(page.locator('.site-header__name')).toHaveAccessibleName('Notes');
  await context.close();
});

test.describe('before the app has started, and without it', () => {
  test.use({ serviceWorkers: 'block' });

  test('the menu opens and its links work with the wasm blocked, and the exit stays in reach', async ({ page, guarded }) => {
    guarded.allow(/./); // the app is stopped on purpose: its loader reports it
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/before/');
    await expect(page.locator('h1')).toHaveText('Before the conference');
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    const button = page.locator('.site-menu summary');
    // The browser's own disclosure says whether it is open: nothing stale from the app.
    await expect(button).not.toHaveAttribute('aria-expanded');
    await expect(button).not.toHaveAttribute('aria-controls');
    await button.click();
    await expect(page.locator('#site-menu-panel')).toBeVisible();
    await expect(exit(page)).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.main-nav [aria-current="page"]')).toHaveAttribute('href', '/before/');
    for (const route of inMenu) {
      await expect(page.locator(`.main-nav a[href="${route.path}"]`), route.path).toBeVisible();
    }
    await page.locator('.main-nav').getByRole('link', { name: 'Checklist', exact: true }).click();
    await expect(page).toHaveURL(/\/checklist\/$/);
    await expect(page.locator('h1')).toHaveText('My checklist');
    await page.locator('.site-menu summary').click();
    await page.locator('.main-nav').getByRole('link', { name: 'Cover your tracks', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Cover your tracks');
  });

  test('with JavaScript off, the menu still opens and leads to each page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/during/');
    await page.locator('.site-menu summary').click();
    await page.locator('.main-nav').getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Settings');
    await context.close();
  });
});

for (const colorScheme of ['light', 'dark']) {
  test(`no accessibility violations with the menu closed and open, ${colorScheme}, narrow and wide, left to right and right to left`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const code of ['en', 'ur']) {
      for (const path of ['/', '/checklist/']) {
        for (const [width, height] of [[360, 800], [1280, 900]]) {
          await page.setViewportSize({ width, height });
          await page.goto(`${path}?lang=${code}`);
          await appReady(page);
          const label = `${path} ${code} ${colorScheme} ${width}`;
          await expectNoAxeViolations(page, `${label} closed`);
          await openMenu(page);
          await expectNoAxeViolations(page, `${label} open`);
        }
      }
    }
  });
}
