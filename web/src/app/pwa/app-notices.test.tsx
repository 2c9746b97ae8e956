import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { AppNotices } from './app-notices';
import { offerUpdate } from './update-store';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  act(() => offerUpdate(null));
  vi.restoreAllMocks();
  window.dispatchEvent(new Event('online'));
});

describe('the installed app’s notices', () => {
  it('says nothing while online and up to date', () => {
    const { container } = renderWithApp(<AppNotices />);
    expect(container.textContent).toBe('');
  });

  it('offers a waiting new version politely, and lets it take over on request', async () => {
    const worker = { postMessage: vi.fn() };
    renderWithApp(<AppNotices />);
    act(() => offerUpdate(worker));
    expect(screen.getByText('Neue Version verfügbar')).toBeInTheDocument();
    // a status, not an alert or a dialog: nothing interrupts what the person is doing
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Neue Version verfügbar'));
    expect(worker.postMessage).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    // pressed once: it stays busy until the new version reloads the page
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeDisabled();
  });

  it('says when the browser is offline, and stops saying so when it is back', async () => {
    renderWithApp(<AppNotices />);
    goOffline(true);
    expect(screen.getByText('Offline – Sie sehen gespeicherte Daten', { selector: '.alert *' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Offline – Sie sehen gespeicherte Daten'),
    );
    goOffline(false);
    expect(
      screen.queryByText('Offline – Sie sehen gespeicherte Daten', { selector: '.alert *' }),
    ).not.toBeInTheDocument();
  });
});
