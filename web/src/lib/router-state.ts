/**
 * The app's router as it is now, not as it was when a component last rendered. An effect that
 * writes to the address (defaults into the query string) runs after its render: if a link was
 * clicked in between, the navigation it started must win, and only the router knows of it yet
 * (a lazy page is still loading, React has not rendered again).
 */
interface LiveRouter {
  state: { navigation: { state: string }; location: { key: string } };
}

let current: LiveRouter | undefined;

/** Called once by the app when it creates its router (and by tests). */
export function setLiveRouter(router: LiveRouter | undefined): void {
  current = router;
}

/**
 * True when the router is on its way somewhere or has already moved on from the location a
 * component rendered (`renderedKey`, `useLocation().key`); without a router (tests that render
 * one page) nothing is moving.
 */
export function routerMovedOn(renderedKey: string): boolean {
  if (!current) return false;
  const { navigation, location } = current.state;
  return navigation.state !== 'idle' || location.key !== renderedKey;
}
