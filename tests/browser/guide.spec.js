// The guide itself: key facts on each stage page, England or Wales, glossary links, and the
// step-by-step navigation.
import { test, expect, routes, appReady, expectNoAxeViolations } from './fixtures.js';

const stages = routes.filter((r) => r.stage).sort((a, b) => a.stage - b.stage);

async function chooseNation(page, nation) {
  await page.goto('/settings/');
  await appReady(page);
  await page.getByRole('radio', { name: nation }).check();
}

test('each stage page states its key facts', async ({ page }) => {
  const facts = {
    '/before/': ['15 working days', 'not a court', 'interpreter', '15 minutes early'],
    '/during/': ['cannot take your child away', 'minutes', 'what needs to change'],
    '/core-group/': ['within 10 working days', 'outline plan', 'family group conference'],
    '/review/': ['within 3 months', 'every 6 months', 'letter before proceedings', 'letter of issue', 'legal aid', 'not legal advice'],
    '/help/': ['Write to the chair', 'Local Government and Social Care Ombudsman', '12 months', 'Can I record the meeting?'],
  };
  for (const [path, expected] of Object.entries(facts)) {
    await page.goto(path);
    await appReady(page);
    const text = await page.locator('main').innerText();
    for (const fact of expected) expect(text, `${path} should say "${fact}"`).toContain(fact);
  }
  await page.goto('/help/');
  await appReady(page);
  // Shown as the number; named "Call <line>: <number>" (the number as shown: label in name).
  await expect(page.locator('a[href="tel:08088010366"]')).toHaveAccessibleName('Call Family Rights Group advice line: 0808 801 0366');
  await expect(page.locator('a[href="tel:116123"]')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('0800 731 1696');
  await expect(page.locator('#family-rights-group')).toContainText('Last checked: 23 November 2026');
});

test('the review outcomes each have their own section with what to do now', async ({ page }) => {
  await page.goto('/review/');
  await appReady(page);
  for (const id of ['plan-ends', 'plan-continues', 'legal-planning']) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    await expect(section.locator('h3')).toHaveText(['What it means', 'How you may feel', 'What to do now']);
  }
  await expect(page.locator('section[aria-labelledby="legal-planning"]')).toContainText('see a solicitor who specialises in children law at once');
});

test('choosing Wales shows the Welsh rules and hides the English-only ones', async ({ page }) => {
  await page.goto('/during/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('no child protection register in England');
  await expect(page.locator('main')).toContainText('Child in Need plan');

  await chooseNation(page, 'Wales');
  await page.goto('/during/');
  await appReady(page);
  const during = page.locator('main');
  await expect(during).toContainText('their name also goes on the child protection register');
  await expect(during).toContainText('care and support protection plan');
  await expect(during).not.toContainText('no child protection register in England');
  await expect(during).not.toContainText('Child in Need plan');

  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('at least every 6 weeks');
  await expect(page.locator('main')).toContainText('42 working days');
  await expect(page.locator('main')).not.toContainText('no national rule');

  await page.goto('/help/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('Public Services Ombudsman for Wales');
  await expect(page.locator('main')).not.toContainText('Local Government and Social Care');
  await expect(page.locator('a[href="tel:08088010366"]')).toHaveCount(0);
  await expectNoAxeViolations(page, '/help/ wales');
});

test('the home page asks England or Wales once, and remembers the answer', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const question = page.getByRole('group', { name: 'Where do you live?' });
  await expect(question).toBeVisible();
  await question.getByRole('radio', { name: 'Wales' }).check();
  await expect(question.getByRole('radio', { name: 'Wales' })).toBeChecked();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('group', { name: 'Where do you live?' })).toHaveCount(0);
  await page.goto('/settings/');
  await appReady(page);
  await expect(page.getByRole('radio', { name: 'Wales' })).toBeChecked();
});

test('every glossary link on every page, in every language, lands on a glossary entry', async ({ page }) => {
  test.setTimeout(300_000);
  const targets = new Set();
  for (const nation of ['England', 'Wales']) {
    await page.goto('/?lang=en');
    await appReady(page);
    await chooseNation(page, nation);
    for (const code of ['en', 'cy', 'pl', 'ro', 'ur', 'ar']) {
      for (const stage of stages) {
        await page.goto(`${stage.path}?lang=${code}`);
        await appReady(page);
        await expect(page.locator('html')).toHaveAttribute('lang', code);
        const hrefs = await page.locator('main a.term').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        // Each term links once per page: its first use.
        expect(new Set(hrefs).size, `${stage.path} ${nation} ${code}`).toBe(hrefs.length);
        expect(hrefs.length, `${stage.path} ${nation} ${code}`).toBeGreaterThan(0);
        hrefs.forEach((h) => targets.add(h));
      }
    }
  }
  expect(targets.size).toBeGreaterThan(20);
  await page.goto('/glossary/?lang=en');
  await appReady(page);
  for (const href of targets) {
    // In the language and nation the page was read in (core::address).
    expect(href).toMatch(/^(\/(cy|pl|ro|ur|ar))?(\/(england|wales))?\/glossary\/#[a-z0-9-]+$/);
    const id = href.split('#')[1];
    await expect(page.locator(`dl.glossary dt[id="${id}"] + dd`), href).not.toBeEmpty();
  }
});

test('the glossary runs in the order of the reader\'s alphabet, before and after the app starts', async ({ page }) => {
  const terms = () => page.locator('dl.glossary dt').allTextContents();
  for (const code of ['en', 'cy', 'pl', 'ro', 'ur', 'ar']) {
    const path = code === 'en' ? '/glossary/' : `/${code}/glossary/`;
    const response = await page.goto(path);
    // The pre-rendered page (sorted by the same browser at build time) and the app's own.
    const served = [...(await response.text()).matchAll(/<dt id="[^"]+">([^<]+)<\/dt>/g)].map((m) => m[1]);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const shown = await terms();
    expect(shown.length, code).toBeGreaterThan(20);
    const sorted = await page.evaluate(([list, lang]) => [...list].sort(new Intl.Collator(lang).compare), [shown, code]);
    expect(shown, code).toEqual(sorted);
    expect(served.map((t) => t.replaceAll('&amp;', '&')), code).toEqual(shown);
  }
  // Where the reader's alphabet differs from the order of the characters' codes: Romanian's
  // "Î" sorts with "I", not after "Z"; Urdu's "پ" follows "ب", not "و".
  await page.goto('/ro/glossary/');
  await appReady(page);
  const romanian = await terms();
  expect(romanian.findIndex((t) => t.startsWith('Întâlnire'))).toBeLessThan(romanian.findIndex((t) => t.startsWith('Zi ')));
  await page.goto('/ur/glossary/');
  await appReady(page);
  const urdu = await terms();
  expect(urdu.findIndex((t) => t.startsWith('پ'))).toBeLessThan(urdu.findIndex((t) => t.startsWith('و')));
});

test('a term link opens its meaning in the glossary', async ({ page }) => {
  await page.goto('/core-group/');
  await appReady(page);
  await page.locator('main a.term', { hasText: 'core group' }).first().click();
  await expect(page).toHaveURL(/\/glossary\/#core-group$/);
  await expect(page.locator('dt#core-group')).toBeFocused();
  await expect(page.locator('dt#core-group + dd')).toContainText('put the child protection plan into action');
});

test('next and previous walk the five stages in order', async ({ page }) => {
  await page.goto(stages[0].path);
  await appReady(page);
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  for (const stage of stages.slice(1)) {
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Next/ }).click();
    await expect(page.locator('h1')).toHaveText(stage.title);
    await expect(page.locator('[aria-current="step"]')).toHaveText(stage.title);
  }
  await expect(page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Next/ })).toHaveCount(0);
  for (const stage of stages.slice(0, -1).reverse()) {
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('link', { name: /Previous/ }).click();
    await expect(page.locator('h1')).toHaveText(stage.title);
  }
});

test('the home page lists the five stages in order', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('ol.step-list .step-list__link')).toHaveText(stages.map((s) => s.title));
  await expect(page.locator('main')).toContainText('It is not legal advice');
});
