// The passcode: what the parent writes is stored encrypted, the app asks for the passcode,
// a wrong one is refused (with a growing wait), the guide stays readable, and nothing leaves.
import { test, expect, appReady, expectNoAxeViolations, routes, addChecklistItem, followMenuLink } from './fixtures.js';

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

/** "Stop using a passcode" in Settings (unlocked), which asks for the passcode in use. */
async function removePasscode(page, passcode = PASSCODE) {
  await page.getByRole('button', { name: 'Stop using a passcode' }).click();
  await page.getByLabel('To stop using the passcode, type it here').fill(passcode);
  await page.getByRole('button', { name: 'Yes, stop using a passcode' }).click();
}

/** Changes the passcode in Settings (unlocked), and waits until the notes are sealed again. */
async function changePasscode(page, from, to) {
  await page.getByLabel('Your passcode now').fill(from);
  await page.getByLabel('Your new passcode').fill(to);
  await page.getByLabel('Type it again').fill(to);
  await page.getByRole('button', { name: 'Change the passcode' }).click();
  await expect(page.getByText('Done. Your notes are locked with your passcode.')).toBeVisible({ timeout: 20_000 });
}

/** A passcode is set in `settings`; `notes` opens the checklist and adds "Lantern note";
 *  then the passcode is changed to "quiet river stone" in `settings`. */
async function changeWithNotesOpen(settings, notes) {
  await setPasscode(settings);
  await notes.goto('/checklist/');
  await appReady(notes);
  await unlock(notes);
  await addChecklistItem(notes, 'Lantern note');
  await changePasscode(settings, PASSCODE, 'quiet river stone');
}

/** The lock record as stored. */
// The copy tries are counted on, in IndexedDB (web/tries.rs).
async function countedTries(page) {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'notes-state')) return null;
    return new Promise((resolve, reject) => {
    const open = indexedDB.open('notes-state');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('records').objectStore('records').get('lock');
      read.onsuccess = () => { open.result.close(); resolve(read.result ? JSON.parse(read.result) : null); };
      read.onerror = () => reject(read.error);
    };
    });
  });
}

async function lockRecord(page) {
  return page.evaluate(() => {
    const text = localStorage.getItem('cp-guide:lock');
    return text && JSON.parse(text).data;
  });
}

/** Today as the guide writes it ("2 December 2026"). */
function todayLong() {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
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
  // Sealed in its place: the storage key and the version are bound in (cpv2).
  expect(stored).toMatch(/cp-guide:checklist=cpv2:\d+:/);

  // A note written while unlocked is encrypted too. (Moving within the app keeps it unlocked;
  // loading a page afresh asks again, as the key lives only in the page's memory.)
  await followMenuLink(page, 'Questions');
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
  await removePasscode(page);
  await expect(page.getByText('Done. Your notes no longer need a passcode.')).toBeVisible({ timeout: 20_000 });
  stored = await storedText(page);
  expect(stored).toContain('Pomegranate meeting notes');
  expect(stored).toContain('Quillfeather Adams');
  expect(stored).toContain('Zanzibar question');
  expect(stored).not.toContain('cpv1:');
  expect(stored).not.toContain('cpv2:');
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
  await followMenuLink(page, 'Checklist');
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

  await changePasscode(page, PASSCODE, 'blue kettle song');
  stored = await storedText(page);
  expect(stored).not.toContain('Marmalade');
  expect(stored).not.toContain('Saffron');

  await page.reload();
  await appReady(page);
  await unlock(page, PASSCODE);
  await expect(page.getByRole('alert')).toContainText('That passcode is not right.');
  await unlock(page, 'blue kettle song');
  await removePasscode(page, 'blue kettle song');
  await expect(page.getByText('Done. Your notes no longer need a passcode.')).toBeVisible({ timeout: 20_000 });
  stored = await storedText(page);
  expect(stored).toContain('Marmalade plan');
  expect(stored).toContain('cp-guide:plan:unreadable:1=Saffron damaged text');
});

test('words typed and not yet added come back after the notes lock and are unlocked', async ({ page }) => {
  await page.clock.install();
  await setPasscode(page);
  await followMenuLink(page, 'Plan');
  await page.getByLabel('What will be done').fill('Finish the housing form');
  await page.clock.fastForward('05:30');
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  await expect(page.getByText('Finish the housing form')).toHaveCount(0);
  await unlock(page);
  await expect(page.getByLabel('What will be done')).toHaveValue('Finish the housing form');
});

test('changing or removing the passcode needs the passcode in use, and a removal is told with its date', async ({ page, context }) => {
  test.slow();
  await setPasscode(page);
  const before = await lockRecord(page);

  // Change: without the passcode in use, or with a wrong one, nothing changes.
  await page.getByLabel('Your new passcode').fill('green window tree');
  await page.getByLabel('Type it again').fill('green window tree');
  await page.getByRole('button', { name: 'Change the passcode' }).click();
  await expect(page.getByRole('alert').first()).toContainText('First type the passcode you use now.');
  await page.getByLabel('Your passcode now').fill('735190');
  await page.getByLabel('Your new passcode').fill('green window tree');
  await page.getByLabel('Type it again').fill('green window tree');
  await page.getByRole('button', { name: 'Change the passcode' }).click();
  await expect(page.locator('.passcode__form').first()).toContainText('That passcode is not right.', { timeout: 20_000 });
  let record = await lockRecord(page);
  expect([record.salt, record.check]).toEqual([before.salt, before.check]);
  // The wrong one counted as a try, like one at the unlock form.
  expect(record.untold_tries).toBe(1);

  // Remove: a wrong passcode is refused, and the notes stay sealed.
  await removePasscode(page, '735190');
  // The change's form says it too: wait for the removal's own answer.
  await expect(page.getByRole('alert').filter({ hasText: 'That passcode is not right.' })).toHaveCount(2, { timeout: 20_000 });
  record = await lockRecord(page);
  expect(record.salt).toBe(before.salt);
  await expect(page.getByText('Done. Your notes no longer need a passcode.')).toHaveCount(0);

  // The right one removes it; the next time the notes open, in any tab, they say so.
  await page.getByLabel('To stop using the passcode, type it here').fill(PASSCODE);
  await page.getByRole('button', { name: 'Yes, stop using a passcode' }).click();
  await expect(page.getByText('Done. Your notes no longer need a passcode.')).toBeVisible({ timeout: 20_000 });
  expect(await lockRecord(page)).toBeNull();
  // The count of tries goes with it.
  await expect.poll(() => countedTries(page)).toBeNull();
  const removed = `The passcode was removed on ${todayLong()}.`;
  const other = await context.newPage();
  await other.goto('/checklist/');
  await appReady(other);
  await expect(other.locator('.passcode-notice')).toContainText(removed);
  await other.reload();
  await appReady(other);
  await expect(other.locator('.passcode-notice')).toContainText(removed);
  await other.getByRole('button', { name: 'Hide this message' }).click();
  await expect(other.getByText(removed)).toHaveCount(0);
  await other.reload();
  await appReady(other);
  await expect(other.locator('h1')).toHaveText('My checklist');
  await expect(other.getByText(removed)).toHaveCount(0);
});

test('four wrong tries in two tabs count as four, and the parent is told after unlocking', async ({ context }) => {
  test.slow();
  await context.clock.install();
  const first = await context.newPage();
  await setPasscode(first);
  await first.getByRole('button', { name: 'Lock my notes now' }).click();
  await first.goto('/checklist/');
  await appReady(first);
  const second = await context.newPage();
  await second.goto('/checklist/');
  await appReady(second);
  // Both tabs at the same instant, twice: each try is counted in one IndexedDB transaction
  // (web/tries.rs), so none is lost. The fourth comes during the wait after the third: refused,
  // and still told.
  for (const round of [1, 2]) {
    const tabs = [[first, `70315${round}`], [second, `80426${round}`]];
    for (const [page, pin] of tabs) await page.getByLabel('Passcode', { exact: true }).fill(pin);
    await Promise.all(tabs.map(([page]) => page.getByRole('button', { name: 'Unlock' }).click()));
    await expect.poll(async () => (await countedTries(first))?.untold_tries, { timeout: 20_000 }).toBe(2 * round);
    for (const [page] of tabs) await expect(page.getByRole('alert')).toContainText(/not right|Wait/, { timeout: 20_000 });
    // The stored record is brought in line for every other reader, never to an older count.
    await expect.poll(async () => (await lockRecord(second)).untold_tries, { timeout: 5_000 }).toBe(2 * round);
  }
  // Wait out the last wait (at most a minute after four), then the right passcode.
  await context.clock.fastForward('02:00');
  await unlock(first);
  await expect(first.locator('h1')).toHaveText('My checklist', { timeout: 20_000 });
  await expect(first.locator('.passcode-notice')).toContainText(
    new RegExp(`Someone typed a wrong passcode 4 times since you last opened your notes \\(the last on ${todayLong()} at \\d\\d:\\d\\d\\)`),
  );
  // Told once: the count is reset.
  const record = await lockRecord(first);
  expect([record.untold_tries, record.failures]).toEqual([0, 0]);
  await first.getByRole('button', { name: 'Hide this message' }).click();
  await expect(first.getByText('Someone typed a wrong passcode')).toHaveCount(0);
});

test('the wait survives a reload and the phone\'s clock moved forward by a day', async ({ page }) => {
  await page.clock.install();
  await setPasscode(page);
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await page.goto('/plan/');
  await appReady(page);
  for (const wrong of ['703152', '804261', '915370']) {
    await unlock(page, wrong);
    await expect(page.getByRole('alert')).toContainText('That passcode is not right.', { timeout: 20_000 });
  }
  await expect(page.getByRole('alert')).toContainText('Wait 30 seconds, then try again.');
  await page.reload();
  await appReady(page);
  // Someone sets the phone a day ahead: the guide has not seen that time pass.
  await page.clock.setSystemTime(Date.now() + 24 * 3600 * 1000);
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText(/Wait \d+ seconds?, then try again/);
  await expect(page.locator('h1')).toHaveText('Your notes are locked');
  // Real time served with the guide open ends it.
  await page.clock.fastForward('00:40');
  await unlock(page);
  await expect(page.locator('h1')).toHaveText('My plan', { timeout: 20_000 });
  await expect(page.locator('.passcode-notice')).toContainText('Someone typed a wrong passcode 4 times');
});

test('guessable passcodes are refused with a message that suggests a phrase', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  for (const guessable of ['123456', '111111', '01021990', '19900201', '987654']) {
    await page.getByLabel('Your new passcode').fill(guessable);
    await page.getByLabel('Type it again').fill(guessable);
    await page.getByRole('button', { name: 'Lock my notes', exact: true }).click();
    const alert = page.locator('.passcode').getByRole('alert');
    await expect(alert, guessable).toContainText('This passcode is easy to guess');
    await expect(alert, guessable).toContainText('Use a short phrase instead');
    expect(await lockRecord(page), guessable).toBeNull();
  }
});

test('passcode fields carry nothing that makes a password manager save or make up the passcode', async ({ page }) => {
  test.slow();
  // What every passcode field must (and must not) say, read from the page.
  const fieldsOf = (p) => p.evaluate(() => [...document.querySelectorAll('input.passcode-field')].map((input) => ({
    id: input.id,
    type: input.type,
    autocomplete: input.getAttribute('autocomplete'),
    autocapitalize: input.getAttribute('autocapitalize'),
    spellcheck: input.getAttribute('spellcheck'),
    inputmode: input.getAttribute('inputmode'),
    inForm: Boolean(input.closest('form')),
    dots: getComputedStyle(input).webkitTextSecurity,
  })));
  const expectNoLoginSignals = async (p, ids) => {
    expect(await p.locator('input[type="password"], [autocomplete*="password"]').count()).toBe(0);
    const fields = await fieldsOf(p);
    expect(fields.map((f) => f.id).sort()).toEqual([...ids].sort());
    for (const field of fields) {
      expect(field, field.id).toEqual({
        id: field.id, type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
        inputmode: null, inForm: false, dots: 'disc',
      });
    }
  };
  await page.goto('/settings/');
  await appReady(page);
  await expect(page.locator('.passcode')).toContainText('If your phone offers to save this passcode, choose Never.');
  await expect(page.locator('.passcode')).toContainText('stops someone who picks up your phone');
  await expect(page.locator('.passcode')).toContainText('does not stop someone who copies everything on your phone to a computer');
  await expectNoLoginSignals(page, ['passcode-new', 'passcode-again']);
  await setPasscode(page);
  await page.getByRole('button', { name: 'Stop using a passcode' }).click();
  await expectNoLoginSignals(page, ['passcode-current', 'passcode-new', 'passcode-again', 'passcode-remove-current']);
  await page.goto('/checklist/');
  await appReady(page);
  await expectNoLoginSignals(page, ['unlock-passcode']);
  // Enter in the field unlocks, as a form would.
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Passcode', { exact: true }).press('Enter');
  await expect(page.locator('h1')).toHaveText('My checklist', { timeout: 20_000 });
});

test('a removal the phone refuses to save leaves the passcode and every sealed note in place', async ({ page }) => {
  test.slow();
  await page.goto('/checklist/');
  await appReady(page);
  await page.locator('#checklist-add-before').fill('Juniper letter');
  await page.locator('#checklist-add-before').press('Enter');
  await setPasscode(page);
  const before = await lockRecord(page);
  // The phone refuses the checklist in plain text (as a full phone would).
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'cp-guide:checklist' && !value.startsWith('cpv')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await removePasscode(page);
  await expect(page.getByText('Sorry, this phone would not save the change. Your notes are as they were.')).toBeVisible({ timeout: 20_000 });
  // The lock record is removed last, so it is still there, and nothing is readable.
  const record = await lockRecord(page);
  expect([record.salt, record.check]).toEqual([before.salt, before.check]);
  expect(await storedText(page)).not.toContain('Juniper');
  expect(await page.evaluate(() => localStorage.getItem('cp-guide:passcode-removed'))).toBeNull();
  await page.reload();
  await appReady(page);
  await page.goto('/checklist/');
  await appReady(page);
  await unlock(page);
  await expect(page.locator('.checklist-item', { hasText: 'Juniper letter' })).toHaveCount(1, { timeout: 20_000 });
});

test('a passcode change locks every other tab, which then opens with the new one', async ({ context }) => {
  test.slow();
  const settings = await context.newPage();
  const notes = await context.newPage();
  await changeWithNotesOpen(settings, notes);
  await expect(notes.locator('h1')).toHaveText('Your notes are locked');
  await expect(notes.locator('main')).not.toContainText('Lantern note');
  await unlock(notes, 'quiet river stone');
  await expect(notes.locator('.checklist-item', { hasText: 'Lantern note' })).toHaveCount(1, { timeout: 20_000 });
});

test('a tab that hears of the re-sealed notes before the passcode change keeps them where they are', async ({ context }) => {
  test.slow();
  // The order in which a tab hears another tab's news is the browser's to choose: here the notes
  // tab hears nothing on the tabs' channel, and of the new lock record only a moment after the
  // notes sealed with it. It must not take them for damaged notes and keep them aside.
  const notes = await context.newPage();
  await notes.addInitScript(() => {
    const listen = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function (type, ...rest) {
      if (type !== 'message') listen.call(this, type, ...rest);
    };
    window.addEventListener('storage', (event) => {
      if (event.key !== 'cp-guide:lock' || event.late) return;
      event.stopImmediatePropagation();
      setTimeout(() => {
        const late = new StorageEvent('storage', {
          key: event.key, oldValue: event.oldValue, newValue: event.newValue, url: event.url, storageArea: event.storageArea,
        });
        late.late = true;
        window.dispatchEvent(late);
      }, 1500);
    }, true);
  });
  await changeWithNotesOpen(await context.newPage(), notes);
  await expect(notes.locator('h1')).toHaveText('Your notes are locked');
  expect(await notes.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')))).toEqual([]);
  await unlock(notes, 'quiet river stone');
  await expect(notes.locator('.checklist-item', { hasText: 'Lantern note' })).toHaveCount(1, { timeout: 20_000 });
  await expect(notes.locator('main')).not.toContainText('could not be read');
});

test('the stage list shows the checklist\'s progress only while the notes are open', async ({ page }) => {
  await page.goto('/checklist/');
  await appReady(page);
  await addChecklistItem(page, 'Ask for the minutes');
  await setPasscode(page);
  const progress = page.locator('.step-list__progress');

  // A fresh start, locked: the stage list reads the notes (a checklist is kept), and can open none.
  const documentsRead = page.waitForResponse((r) => r.url().includes('/split_read_documents_'));
  await page.goto('/');
  await appReady(page);
  await documentsRead;
  await page.waitForTimeout(300);
  await expect(progress).toHaveCount(0);

  // Opened on the checklist, then back home within the app: the progress is there.
  await followMenuLink(page, 'Checklist');
  await unlock(page);
  await expect(page.locator('.checklist-item', { hasText: 'Ask for the minutes' })).toHaveCount(1);
  await followMenuLink(page, 'Start');
  await expect(progress.first()).toHaveText('0 of 1 done');

  // Locked again: gone from the stage list too.
  await followMenuLink(page, 'Checklist');
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByLabel('Passcode', { exact: true })).toBeVisible();
  await followMenuLink(page, 'Start');
  await expect(page.locator('h1')).toHaveText(routes.find((r) => r.path === '/').title);
  await expect(progress).toHaveCount(0);
});

test('the passcode is drawn as dots wherever it is typed, Settings included (whose page has the guide\'s styles, not the tools\')', async ({ page }) => {
  await page.goto('/settings/');
  await appReady(page);
  await expect(page.locator('head link[data-tools]')).toHaveCount(0);
  for (const label of ['Your new passcode', 'Type it again']) {
    const field = page.getByLabel(label);
    await expect(field).toBeVisible();
    expect(await field.evaluate((input) => getComputedStyle(input).webkitTextSecurity), label).toBe('disc');
  }
});
