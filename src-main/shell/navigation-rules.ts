import { isAppUrl } from './app-url';
import { isSafeExternalUrl } from './external-url';

/**
 * What a web contents may do when it tries to go somewhere: stay on the program's own
 * page, hand a web or e-mail link to the system (the one link rule, src-shared/security),
 * or nothing at all. Pure, so every web contents is judged the same way and each rule is
 * tested on hostile input; security.ts only wires them to Electron's events.
 */
export type NavigationAction = 'allow' | 'open-outside' | 'refuse';

/** A frame navigating: only the main frame, on a user's link, may send a link outside. */
export function frameNavigationAction(url: string, appUrl: string, isMainFrame: boolean): NavigationAction {
  if (isAppUrl(url, appUrl)) return 'allow';
  return isMainFrame && isSafeExternalUrl(url) ? 'open-outside' : 'refuse';
}

/** A redirect is never the user's choice: it may only land on the program's own page. */
export function redirectAction(url: string, appUrl: string): 'allow' | 'refuse' {
  return isAppUrl(url, appUrl) ? 'allow' : 'refuse';
}

/** window.open and target=_blank: the program never opens a second window. */
export function windowOpenAction(url: string): 'open-outside' | 'refuse' {
  return isSafeExternalUrl(url) ? 'open-outside' : 'refuse';
}
