// The passcode: what the parent writes is stored encrypted, the app asks for the passcode,
// a wrong one is refused (with a growing wait), the guide stays readable, and nothing leaves.
import { test, expect, appReady, expectNoAxeViolations, routes } from './fixtures.js';

const PASSCODE = '482915';

async function storedText(page) {
  return page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
}

async function setPasscode(page, passcode = PASSCODE) {
  await page.goto('/settings/');
  await appReady(page);
  // Said plainly before the parent chooses.
  await expect(page.locator('.passcode')).toContainText('If you forget your passcode, nobody can open your notes');
  await page.getByLabel('Your new passcode').fill(passcode);
  await page.getByLabel('Type it again').fill(passcode);
  await page.getByRole('button', { name: 'Lock my notes', exact: true }).click();
  await expect(page.getByText('Done. Your notes are locked with your passcode.')).toBeVisible({ timeout: 20_000 });
}

async function unlock(page, passcode = PASSCODE) {
  await page.getByLabel('Passcode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('a passcode encrypts the notes; the app asks for it; wrong is refused; right shows them; removing it decrypts', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('#checklist-add-before').fill('Pomegranate meeting notes');
  await page.locator('#checklist-add-before').press('Enter');
  await page.goto('/contacts/');
  await appReady(page);
  await page.getByLabel('Name', { exact: true }).fill('Quillfeather Adams');
  await page.getByRole('button', { name: 'Add the contact' }).click();

  await setPasscode(page);
  await expectNoAxeViolations(page, '/settings/ with a passcode');
  let stored = await storedText(page);
  expect(stored).not.toContain('Pomegranate');
  expect(stored).not.toContain('Quillfeather');
  expect(stored).toMatch(/cp-guide:checklist=cpv1:/);

  // A note written while unlocked is encrypted too. (Moving within the app keeps it unlocked;
  // loading a page afresh asks again, as the key lives only in the page's memory.)
  await page.locator('.main-nav').getByRole('link', { name: 'Questions' }).click();
  await expect(page.locator('h1')).toHaveText('My questions');
  await page.locator('#questions-add-review').fill('Zanzibar question');
  await page.locator('#questions-add-review').press('Enter');
  expect(await storedText(page)).not.toContain('Zanzibar');

  await page.reload();
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.locator('main')).not.toContainText('Zanzibar');
  await expectNoAxeViolations(page, 'the unlock form');
  // The guide itself stays readable.
  await page.goto('/core-group/');
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('The core group');

  await page.goto('/checklist/');
  await appReady(page);
  await unlock(page, '000000');
  await expect(page.getByRole('alert')).toContainText('That passcode is not right.');
  await expect(page.locator('main')).not.toContainText('Pomegranate');
  await unlock(page);
  await expect(page.locator('.checklist-item', { hasText: 'Pomegranate meeting notes' })).toHaveCount(1);

  await page.goto('/settings/');
  await appReady(page);
  // A fresh page load is locked again: Settings asks for the passcode before changing it.
  await expect(page.getByRole('button', { name: 'Stop using a passcode' })).toHaveCount(0);
  await unlock(page);
  await page.getByRole('button', { name: 'Stop using a passcode' }).click();
  await page.getByRole('button', { name: 'Yes, stop using a passcode' }).click();
  await expect(page.getByText('Done. Your notes no longer need a passcode.')).toBeVisible();
  stored = await storedText(page);
  expect(stored).toContain('Pomegranate meeting notes');
  expect(stored).toContain('Quillfeather Adams');
  expect(stored).toContain('Zanzibar question');
  expect(stored).not.toContain('cpv1:');
  expect(stored).not.toContain('cp-guide:lock=');
  await page.reload();
  await appReady(page);
  await page.goto('/checklist/');
  await appReady(page);
  await expect(page.locator('.checklist-item', { hasText: 'Pomegranate meeting notes' })).toHaveCount(1);
});

test('after three wrong passcodes the app asks the parent to wait, even after a reload', async ({ page }) => {
  await setPasscode(page);
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await page.goto('/plan/');
  await appReady(page);
  for (const wrong of ['111111', '222222']) {
    await unlock(page, wrong);
    await expect(page.getByRole('alert')).toHaveText('That passcode is not right.');
  }
  await unlock(page, '333333');
  await expect(page.getByRole('alert')).toContainText('Wait 30 seconds, then try again.');
  await page.reload();
  await appReady(page);
  // Even the right passcode waits its turn.
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText(/Wait \d+ seconds?, then try again/);
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
});

test('the notes lock themselves after five minutes without use, and Lock now locks at once', async ({ page }) => {
  await page.clock.install();
  await setPasscode(page);
  await page.locator('.main-nav').getByRole('link', { name: 'Checklist' }).click();
  await expect(page.locator('h1')).toHaveText('My checklist');
  await page.clock.fastForward('04:00');
  await expect(page.locator('h1')).toHaveText('My checklist');
  await page.clock.fastForward('01:30');
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await unlock(page);
  await expect(page.locator('h1')).toHaveText('My checklist');
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
});

test('a walk through every page, with a passcode set, sends nothing away and breaks no security policy', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await setPasscode(page);
  for (const route of routes) {
    await page.goto(route.path);
    await appReady(page);
    expect(await page.evaluate(() => window.__violations), route.path).toEqual([]);
  }
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

test('changing the passcode seals everything again, kept backups of damaged notes included', async ({ page }) => {
  // Several pages, each checked with axe: slow on a busy two-core machine.
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('#checklist-add-during').fill('Marmalade plan');
  await page.locator('#checklist-add-during').press('Enter');
  await page.evaluate(() => localStorage.setItem('cp-guide:plan:unreadable:1', 'Saffron damaged text'));
  await setPasscode(page);
  let stored = await storedText(page);
  expect(stored).not.toContain('Marmalade');
  expect(stored).not.toContain('Saffron');

  await page.getByLabel('Your new passcode').fill('blue kettle song');
  await page.getByLabel('Type it again').fill('blue kettle song');
  await page.getByRole('button', { name: 'Change the passcode' }).click();
  await expect(page.getByText('Done. Your notes are locked with your passcode.')).toBeVisible({ timeout: 20_000 });
  stored = await storedText(page);
  expect(stored).not.toContain('Marmalade');
  expect(stored).not.toContain('Saffron');

  await page.reload();
  await appReady(page);
  await unlock(page, PASSCODE);
  await expect(page.getByRole('alert')).toContainText('That passcode is not right.');
  await unlock(page, 'blue kettle song');
  await page.getByRole('button', { name: 'Stop using a passcode' }).click();
  await page.getByRole('button', { name: 'Yes, stop using a passcode' }).click();
  stored = await storedText(page);
  expect(stored).toContain('Marmalade plan');
  expect(stored).toContain('cp-guide:plan:unreadable:1=Saffron damaged text');
});

test('words typed and not yet added come back after the notes lock and are unlocked', async ({ page }) => {
  await page.clock.install();
  await setPasscode(page);
  await page.locator('.main-nav').getByRole('link', { name: 'Plan' }).click();
  await page.getByLabel('What will be done').fill('Finish the housing form');
  await page.clock.fastForward('05:30');
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.getByText('Finish the housing form')).toHaveCount(0);
  await unlock(page);
  await expect(page.getByLabel('What will be done')).toHaveValue('Finish the housing form');
});
