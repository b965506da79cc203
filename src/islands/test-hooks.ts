/**
 * The switch for the failure hooks (`lab-failbackend`, which makes a backend fail on purpose): they
 * exist for the browser tests and the bench, so a public link alone never triggers them. A test
 * sets the key in sessionStorage before the page loads (`enableTestHooks` as a Playwright init
 * script); storage that cannot be read counts as off.
 */

/** The sessionStorage key that turns the hooks on. */
export const TEST_HOOKS_KEY = 'resnet-explained:test-hooks';

/** Whether this tab's tests turned the hooks on. */
export function testHooksEnabled(): boolean {
  try {
    return sessionStorage.getItem(TEST_HOOKS_KEY) === 'on';
  } catch {
    return false;
  }
}
