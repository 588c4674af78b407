// Who is in the room, on Take to the meeting (src/ui/components/who_is_in_the_room.rs): the
// people at the next meeting, with their roles and why they are there, kept like every note.
import { test, expect, appReady, chooseLanguage, expectNoAxeViolations, setPasscode, stored, unlock } from './fixtures.js';

/** Adds a person through the page's own form, as a parent would. */
async function addPerson(page, name, role) {
  await page.getByLabel('Their name').fill(name);
  await page.getByLabel('Why they are there').selectOption({ label: role });
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.locator('.room__person', { hasText: name })).toHaveCount(1);
}

test('three people added at the meeting page show with their roles, stay after a reload, and a removal can be undone', async ({ page }) => {
  // A saved social worker is offered with one tap.
  await page.goto('/contacts/');
  await appReady(page);
  await page.getByLabel('Name', { exact: true }).fill('Priya Shah');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await page.goto('/take-to-meeting/');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Who is in the room' })).toBeVisible();
  await expect(page.getByText('No one added yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add Priya Shah (Social worker)' }).click();
  await expect(page.getByRole('button', { name: /^Add Priya Shah/ })).toHaveCount(0);

  // A name is needed.
  await page.getByRole('button', { name: 'Add to the room' }).click();
  await expect(page.getByText('Type their name first.')).toBeVisible();
  await addPerson(page, 'Ann Cole', 'The chair');
  await addPerson(page, 'Dr Lee', 'GP (family doctor)');

  const people = page.locator('.room__person');
  await expect(people).toHaveCount(3);
  await expect(people.nth(0)).toContainText('Priya Shah');
  await expect(people.nth(0)).toContainText('Social worker');
  await expect(people.nth(0)).toContainText('They wrote the report for this meeting.');
  await expect(people.nth(1)).toContainText('Runs the meeting.');
  await expect(people.nth(2)).toContainText('Your family doctor.');

  await page.reload();
  await appReady(page);
  await expect(page.locator('.room__person')).toHaveCount(3);
  await page.getByRole('button', { name: 'Take Dr Lee off the list' }).click();
  await expect(page.locator('.room__person')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.room__person', { hasText: 'Dr Lee' })).toHaveCount(1);

  // Stored with the contacts, at the document's new version.
  const contacts = JSON.parse((await stored(page))['cp-guide:contacts']);
  expect(contacts.version).toBe(2);
  expect(contacts.data.in_the_room.map((a) => [a.name, a.role])).toEqual([
    ['Priya Shah', 'social-worker'], ['Ann Cole', 'chair'], ['Dr Lee', 'gp'],
  ]);

  // In the print view too.
  await page.goto('/print/');
  await appReady(page);
  await expect(page.locator('.print-section', { hasText: 'Who is in the room' })).toContainText('Ann Cole: The chair');

  await page.goto('/take-to-meeting/');
  await appReady(page);
  await expect(page.locator('.room__person')).toHaveCount(3);
  await expectNoAxeViolations(page, 'take-to-meeting with people in the room');
  // Nothing wider than a 320 px phone.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the words of the room come only with its page, in the reader\'s language', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/room.ftl')) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/before/');
  await appReady(page);
  await chooseLanguage(page, 'Polski');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  expect(fetched).toEqual([]);
  await page.goto('/take-to-meeting/');
  await appReady(page);
  await expect(page.locator('#new-attendee-role option')).toHaveCount(17);
  await expect.poll(() => fetched).toEqual(['/locales/pl/room.ftl']);
  // The roles are in Polish: none is the English word.
  const roles = await page.locator('#new-attendee-role option').allTextContents();
  expect(roles).not.toContain('Social worker');
  expect(roles.every((r) => r.trim().length > 0)).toBe(true);
});

test('an old contacts document opens with an empty room, and with a passcode no name typed is readable', async ({ page }) => {
  await page.goto('/take-to-meeting/');
  await appReady(page);
  // Version 1, written before the room existed.
  await page.evaluate(() => localStorage.setItem('cp-guide:contacts', JSON.stringify({
    version: 1, data: { people: [{ id: 7, name: 'Priya Shah', role: 'conference-chair', phone: '', email: '', notes: '' }] },
  })));
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Add Priya Shah (The chair)' })).toBeVisible();
  await addPerson(page, 'Marek Nowakowski', 'Interpreter');

  await setPasscode(page, 'quiet harbour lamp');
  const everything = JSON.stringify(await stored(page));
  expect(everything).not.toContain('Marek');
  expect(everything).not.toContain('Priya');
  await page.goto('/take-to-meeting/');
  await appReady(page);
  await unlock(page, 'quiet harbour lamp');
  await expect(page.locator('.room__person', { hasText: 'Marek Nowakowski' })).toHaveCount(1, { timeout: 20_000 });
});
