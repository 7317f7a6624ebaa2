import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClinicKit } from '@/components/share/clinic-kit';
import { clinicKitStore } from '@/components/share/clinic-kit-store';
import { DeviceData } from '@/components/share/device-data';
import { CopyLink } from '@/components/ui/copy-link';
import { SharePanel } from '@/components/ui/share-panel';
import { EMPTY_PREPARE } from '@/lib/prepare/state';
import { chosenPage, clinicKitData } from '@/lib/share/clinic-kit-data';
import { readStored } from '@/lib/storage/safe-storage';
import { renderIntl } from '../setup/intl';

const KEY = 'sog.clinic-kit';
const PAGES = [
  { path: '/guide', label: 'The questions' },
  { path: '/prepare', label: 'Get ready' },
];
const URL_TO_SHARE = 'https://example.test/shared#share=v2.abc';

function stubShare(share: (data: ShareData) => Promise<void>, canShare?: (data: ShareData) => boolean) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, 'share', { value: spy, configurable: true, writable: true });
  if (canShare) Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true });
  return spy;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
  clinicKitStore.getState().reset();
  window.localStorage.clear();
});

// First in the file, before the store has read storage: what an earlier visit left is what it finds.
describe('ClinicKit on return', () => {
  it('fills the form from this device and makes the kit again, without taking focus', async () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        state: { name: 'Lakeside Clinic', contact: '555-0100', note: '', page: '/prepare', made: true },
      }),
    );
    renderIntl(<ClinicKit pages={PAGES} />);
    expect(await screen.findByDisplayValue('Lakeside Clinic')).toBeInTheDocument();
    expect(screen.getByLabelText('Page the link opens')).toHaveValue('/prepare');
    // The QR library loads for the first time here, which can take a moment on a busy machine.
    const link = await screen.findByRole('textbox', { name: 'Link for patients' }, { timeout: 10_000 });
    expect((link as HTMLInputElement).value).toMatch(/^http:\/\/localhost(:\d+)?\/prepare#clinic=v3\./);
    expect(screen.getByRole('heading', { name: 'Your link and QR code' })).not.toHaveFocus();
    expect(screen.getByText('These details stay on this device until you forget them.')).toBeInTheDocument();
  });
});

describe('CopyLink and the share menu', () => {
  it('offers no Share button where the browser has no share menu, and copies', async () => {
    const user = userEvent.setup();
    renderIntl(<CopyLink label="Link" url={URL_TO_SHARE} share={{ title: 'T', text: 'X' }} />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
    expect(await navigator.clipboard.readText()).toBe(URL_TO_SHARE);
  });

  it('offers no Share button when the browser says it cannot share this link', () => {
    stubShare(
      async () => {},
      () => false,
    );
    renderIntl(<CopyLink label="Link" url={URL_TO_SHARE} share={{ title: 'T', text: 'X' }} />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('opens the share menu with the link from the share panel, and keeps Copy link', async () => {
    const share = stubShare(async () => {});
    renderIntl(
      <SharePanel value={() => ({ kind: 'prepare', data: EMPTY_PREPARE })} what="your checklists" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share or save a copy' }));
    const link = (await screen.findByRole('textbox', { name: 'Link to share' })) as HTMLInputElement;
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Second Opinion Guide',
      text: 'A copy from the Second Opinion Guide.',
      url: link.value,
    });
    expect(link.value).toMatch(/\/shared#share=v3\./);
  });

  it('says nothing when the person closes the share menu', async () => {
    const user = userEvent.setup();
    await navigator.clipboard.writeText('before');
    stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    renderIntl(<CopyLink label="Link" url={URL_TO_SHARE} share={{ title: 'T', text: 'X' }} />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    await act(async () => {});
    expect(screen.getByRole('status').textContent).toBe('');
    expect(await navigator.clipboard.readText()).toBe('before');
  });

  it('copies the link instead, and says so, when sharing fails', async () => {
    const user = userEvent.setup();
    stubShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    renderIntl(<CopyLink label="Link" url={URL_TO_SHARE} share={{ title: 'T', text: 'X' }} />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The share menu did not open, so the link was copied instead.',
      ),
    );
    expect(await navigator.clipboard.readText()).toBe(URL_TO_SHARE);
  });

  it('has Spanish words', async () => {
    const user = userEvent.setup();
    stubShare(() => Promise.reject(new Error('no')));
    renderIntl(<CopyLink label="Enlace" url={URL_TO_SHARE} share={{ title: 'T', text: 'X' }} />, {
      locale: 'es',
    });
    await user.click(screen.getByRole('button', { name: 'Compartir…' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No se abrió el menú para compartir, así que se copió el enlace.',
      ),
    );
  });
});

describe('ClinicKit', () => {
  async function makeKit(name = 'Lakeside Clinic') {
    await userEvent.type(screen.getByLabelText('Clinic name'), name);
    await userEvent.click(screen.getByRole('button', { name: 'Make the link and QR code' }));
    return (await screen.findByRole('textbox', { name: 'Link for patients' })) as HTMLInputElement;
  }

  it('offers the QR code as PNG as well as SVG, with file names', async () => {
    renderIntl(<ClinicKit pages={PAGES} />);
    await makeKit();
    const png = screen.getByRole('link', { name: 'Download the QR code (PNG)' });
    expect(png.getAttribute('href')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(png).toHaveAttribute('download', 'second-opinion-guide-qr.png');
    const svg = screen.getByRole('link', { name: 'Download the QR code (SVG)' });
    expect(svg.getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
    expect(svg).toHaveAttribute('download', 'second-opinion-guide-qr.svg');
  });

  it('keeps the details on this device when the page closes, and brings them back', async () => {
    const first = renderIntl(<ClinicKit pages={PAGES} />);
    await userEvent.selectOptions(screen.getByLabelText('Page the link opens'), '/prepare');
    await userEvent.type(screen.getByLabelText('A short note for patients (optional)'), 'Ask at the desk.');
    const made = await makeKit();
    const url = made.value;
    first.unmount();
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    expect(saved).toEqual({
      version: 1,
      state: { name: 'Lakeside Clinic', contact: '', note: 'Ask at the desk.', page: '/prepare', made: true },
    });
    renderIntl(<ClinicKit pages={PAGES} />);
    expect(screen.getByLabelText('Clinic name')).toHaveValue('Lakeside Clinic');
    expect(screen.getByLabelText('A short note for patients (optional)')).toHaveValue('Ask at the desk.');
    expect(screen.getByLabelText('Page the link opens')).toHaveValue('/prepare');
    const again = (await screen.findByRole('textbox', { name: 'Link for patients' })) as HTMLInputElement;
    expect(again.value).toBe(url);
  });

  it('asks before forgetting the clinic, then clears the form, the kit and storage, and says so', async () => {
    renderIntl(<ClinicKit pages={PAGES} />);
    await makeKit();
    await userEvent.click(screen.getByRole('button', { name: 'Forget this clinic' }));
    const question = screen.getByRole('heading', { name: 'Forget this clinic’s details on this device?' });
    expect(question).toHaveFocus();
    expect(window.localStorage.getItem(KEY)).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, forget it' }));
    expect(screen.getByLabelText('Clinic name')).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Link for patients' })).not.toBeInTheDocument();
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The clinic’s details are forgotten. Nothing about this clinic is saved on this device now.',
    );
    expect(screen.getByRole('button', { name: 'Forget this clinic' })).toHaveFocus();
  });

  it('keeps the details when the person says no', async () => {
    renderIntl(<ClinicKit pages={PAGES} />);
    await userEvent.type(screen.getByLabelText('Clinic name'), 'Lakeside');
    await userEvent.click(screen.getByRole('button', { name: 'Forget this clinic' }));
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.getByLabelText('Clinic name')).toHaveValue('Lakeside');
    expect(window.localStorage.getItem(KEY)).toContain('Lakeside');
  });

  it('shows a calm notice, not a crash, when what was saved is damaged', async () => {
    renderIntl(<ClinicKit pages={PAGES} />);
    act(() => {
      window.localStorage.setItem(KEY, '{not json');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: '{not json' }));
    });
    expect(
      await screen.findByText(
        'What was saved on this device for the clinic details you typed could not be read, so it has been cleared.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Clinic name')).toHaveValue('');
  });

  it('has Spanish words, file names and a Spanish forget', async () => {
    renderIntl(<ClinicKit pages={PAGES} />, { locale: 'es' });
    expect(
      screen.getByText('Estos datos se quedan en este dispositivo hasta que usted los borre.'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Nombre de la clínica'), 'Clínica del Río');
    await userEvent.click(screen.getByRole('button', { name: 'Hacer el enlace y el código QR' }));
    const png = await screen.findByRole('link', { name: 'Descargar el código QR (PNG)' });
    expect(png).toHaveAttribute('download', 'guia-segunda-opinion-qr.png');
    await userEvent.click(screen.getByRole('button', { name: 'Borrar los datos de la clínica' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sí, borrarlos' }));
    expect(screen.getByLabelText('Nombre de la clínica')).toHaveValue('');
    expect(screen.getByText(/Se borraron los datos de la clínica/)).toBeInTheDocument();
  });

  it('is cleared by Delete everything on the privacy page, which lists it', async () => {
    renderIntl(
      <>
        <ClinicKit pages={PAGES} />
        <DeviceData />
      </>,
    );
    await makeKit();
    expect(screen.getByRole('row', { name: /sog\.clinic-kit/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByLabelText('Clinic name')).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Link for patients' })).not.toBeInTheDocument();
  });

  it('forgets at once, with no question, when nothing is saved', async () => {
    renderIntl(<ClinicKit pages={PAGES} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget this clinic' }));
    expect(screen.queryByRole('button', { name: 'Yes, forget it' })).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing about this clinic is saved/)).toBeInTheDocument();
  });
});

describe('the saved clinic form', () => {
  it('keeps the good parts when one is damaged, and counts what was left out', () => {
    const raw = JSON.stringify({
      version: 1,
      state: { name: 'Lakeside', contact: 7, note: 'Hello', page: '/guide', made: true },
    });
    const read = readStored(clinicKitData, raw);
    expect(read).toMatchObject({
      kind: 'read',
      state: { name: 'Lakeside', contact: '', note: 'Hello', page: '/guide', made: true },
      problem: { kind: 'partial', feature: 'clinicKit', lost: [{ part: 'contact', count: 1 }] },
    });
  });

  it('opens the first page on offer when the saved one is no longer offered', () => {
    expect(chosenPage('/learn/gone', ['/guide', '/prepare'])).toBe('/guide');
    expect(chosenPage('/prepare', ['/guide', '/prepare'])).toBe('/prepare');
  });
});
