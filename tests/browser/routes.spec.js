// Every route of the route table loads directly from a plain static server, with its own
// heading and title, and passes an accessibility scan.
import { test, expect, routes, appReady, followMenuLink } from './fixtures.js';

const htmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the route table has every page the guide promises', () => {
  const slugs = routes.map((r) => r.slug);
  for (const slug of ['', 'before', 'during', 'core-group', 'review', 'help', 'checklist', 'questions', 'dates', 'contacts', 'glossary', 'settings']) {
    expect(slugs).toContain(slug);
  }
});

for (const route of routes) {
  const typed = route.slug ? `/${route.slug}` : '/';

  test(`${typed} loads directly with status 200 and shows its heading`, async ({ page }) => {
    const response = await page.goto(typed);
    expect(response.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(route.title);
    // Most titles name the page and the guide; a page that can be saved as a PDF has a
    // neutral one, as the PDF is named after it.
    await expect(page).toHaveTitle(route.documentTitle);
  });
  // Accessibility in every language, light and dark, narrow and wide: every-reader.spec.js.
}

test('each route has its own HTML file with its title and heading before any script runs', async ({ request }) => {
  for (const route of routes) {
    const response = await request.get(route.path);
    expect(response.status(), route.path).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${htmlEscape(route.documentTitle)}</title>`);
    expect(html).toContain(`<h1>${htmlEscape(route.title)}</h1>`);
    expect(html).not.toContain('<!--t:');
  }
});

test('an unknown page says so and links home', async ({ page }) => {
  // Static hosts such as GitHub Pages answer unknown paths with 404.html.
  await page.goto('/404.html');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the start of the guide' }).click();
  await expect(page.locator('h1')).toHaveText(routes.find((r) => r.slug === '').title);
  await expect(page).toHaveURL(/\/$/);
});

test('the menu and step list move between pages without a full reload', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => { window.notReloaded = true; });
  const before = routes.find((r) => r.slug === 'before');
  await page.getByRole('link', { name: before.title }).click();
  await expect(page.locator('h1')).toHaveText(before.title);
  await expect(page).toHaveURL(/\/before\/$/);
  await expect(page.locator('h1')).toBeFocused();
  await followMenuLink(page, 'Settings');
  await expect(page.locator('h1')).toHaveText('Settings');
  // The menu closes behind the parent, and marks where they are.
  await expect(page.locator('.site-menu__panel')).toBeHidden();
  await expect(page.locator('.main-nav a[href="/settings/"]')).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(before.title);
});
