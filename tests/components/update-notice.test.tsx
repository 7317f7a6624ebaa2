import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '@/components/offline/update-notice';
import { messagesFor } from '@/lib/i18n/messages';

/** A browser's service worker container, with one registration whose workers the test moves along. */
function fakeServiceWorkers({ controlled }: { controlled: boolean }) {
  const container = new EventTarget() as EventTarget & Record<string, unknown>;
  const registration = new EventTarget() as EventTarget & Record<string, unknown>;
  const worker = () => Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() });
  Object.assign(registration, { waiting: null, installing: null, update: vi.fn(async () => undefined) });
  Object.assign(container, {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  /** A new version arrives and finishes installing. */
  async function deploy() {
    const incoming = worker();
    await act(async () => {
      registration.installing = incoming;
      registration.dispatchEvent(new Event('updatefound'));
      incoming.state = 'installed';
      registration.installing = null;
      registration.waiting = incoming;
      incoming.dispatchEvent(new Event('statechange'));
    });
    return incoming;
  }
  return { container, registration, deploy };
}

const words = messagesFor('en').offline.update;
const reload = vi.fn();

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
  Object.defineProperty(window, 'location', { value: { ...window.location, reload }, configurable: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
  reload.mockClear();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('UpdateNotice', () => {
  it('registers the worker and says nothing on a first visit, even when the worker takes charge', async () => {
    const { container } = fakeServiceWorkers({ controlled: false });
    render(<UpdateNotice words={words} />);
    await act(async () => undefined);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(reload).not.toHaveBeenCalled();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('tells the person a new version is ready, and reloads only when they ask', async () => {
    const { container, deploy } = fakeServiceWorkers({ controlled: true });
    render(<UpdateNotice words={words} />);
    await act(async () => undefined);
    const incoming = await deploy();
    const notice = screen.getByRole('region', { name: 'A new version of this guide is ready' });
    expect(notice).toHaveTextContent('Your answers and notes are kept on this device.');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(incoming.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('goes away on "Later" without reloading', async () => {
    const { container, deploy } = fakeServiceWorkers({ controlled: true });
    render(<UpdateNotice words={messagesFor('es').offline.update} />);
    await act(async () => undefined);
    await deploy();
    await userEvent.click(screen.getByRole('button', { name: 'Más tarde' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(reload).not.toHaveBeenCalled();
  });

  it('keeps quiet when the browser refuses a service worker', async () => {
    const { container } = fakeServiceWorkers({ controlled: true });
    container.register = vi.fn(async () => {
      throw new Error('blocked');
    });
    render(<UpdateNotice words={words} />);
    await act(async () => undefined);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
