import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageNotice } from '@/components/device/storage-notice';
import { clinicBannerWords } from '@/components/layout/root-layout';
import { ClinicBanner } from '@/components/share/clinic-banner';
import { ClinicKit } from '@/components/share/clinic-kit';
import { clinicKitStore } from '@/components/share/clinic-kit-store';
import { SharedView } from '@/components/share/shared-view';
import type { SharedContent } from '@/components/share/shared-parts';
import { DeviceData } from '@/components/share/device-data';
import { SharePanel } from '@/components/ui/share-panel';
import { getContent } from '@/lib/content';
import { EMPTY_PREPARE } from '@/lib/prepare/state';
import { encodeShare } from '@/lib/share/codec';
import { renderIntl } from '../setup/intl';

afterEach(() => {
  window.location.hash = '';
  window.sessionStorage.clear();
  // The clinic kit keeps its form on the device: each test starts with none.
  clinicKitStore.getState().reset();
});

describe('SharedView', () => {
  it('explains a damaged link in Spanish, with links to the Spanish pages', async () => {
    window.location.hash = '#share=v1.AAAA';
    renderIntl(<SharedView {...({} as SharedContent)} />, { locale: 'es' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No se puede abrir este enlace' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Este enlace está dañado o incompleto. Puede que le falte una parte. Pida el enlace otra vez.',
    );
    expect(screen.getByRole('link', { name: 'ir a la página de inicio' })).toHaveAttribute('href', '/es');
    expect(screen.getByRole('link', { name: 'empezar usted las preguntas' })).toHaveAttribute(
      'href',
      '/es/guide',
    );
  });

  it('shows a shared checklist in Spanish and saves it, then links to the Spanish checklists', async () => {
    const { checklists } = getContent('es');
    const first = checklists[0]!;
    const data = { ticked: [`${first.id}/${first.items[0]!.id}`], custom: [] };
    window.location.hash = `#share=${encodeShare({ kind: 'prepare', data })}`;
    renderIntl(<SharedView {...({ checklists } as SharedContent)} />, { locale: 'es' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compartido con usted: listas para prepararse' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: first.title })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Guardar en este dispositivo' }));
    expect(screen.getByRole('heading', { name: 'Guardado en este dispositivo' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Ir a sus listas' })).toHaveAttribute('href', '/es/prepare');
    window.localStorage.clear();
  });

  it('keeps the English words at the English address', async () => {
    window.location.hash = '#share=v1.AAAA';
    renderIntl(<SharedView {...({} as SharedContent)} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link cannot be opened' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'start the questions yourself' })).toHaveAttribute(
      'href',
      '/guide',
    );
  });
});

describe('SharePanel', () => {
  it('makes a link that opens the Spanish shared page on a Spanish page', async () => {
    renderIntl(<SharePanel value={() => ({ kind: 'prepare', data: EMPTY_PREPARE })} what="sus listas" />, {
      locale: 'es',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Compartir o guardar una copia' }));
    // The encoder loads on the click, so the panel opens a moment later and then takes focus.
    const heading = await screen.findByRole('heading', {
      name: 'Compartir o guardar una copia de sus listas',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const link = screen.getByRole('textbox', { name: 'Enlace para compartir' });
    expect((link as HTMLInputElement).value).toMatch(/^http:\/\/localhost(:\d+)?\/es\/shared#share=v3\./);
  });

  it('keeps English links at /shared', async () => {
    renderIntl(
      <SharePanel value={() => ({ kind: 'prepare', data: EMPTY_PREPARE })} what="your checklists" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share or save a copy' }));
    const link = await screen.findByRole('textbox', { name: 'Link to share' });
    expect((link as HTMLInputElement).value).toMatch(/^http:\/\/localhost(:\d+)?\/shared#share=v3\./);
  });
});

describe('ClinicKit', () => {
  const pages = [{ path: '/guide', label: '¿Debo pedir una segunda opinión? (las preguntas)' }];

  it('asks for the name in Spanish, then makes a Spanish link and handout', async () => {
    renderIntl(<ClinicKit pages={pages} />, { locale: 'es' });
    await userEvent.click(screen.getByRole('button', { name: 'Hacer el enlace y el código QR' }));
    expect(screen.getByRole('alert')).toHaveAccessibleName('Hay un problema');
    expect(screen.getByRole('link', { name: 'Escriba el nombre de la clínica' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Nombre de la clínica'), 'Clínica del Río');
    await userEvent.type(
      screen.getByLabelText('Contacto para pedir el expediente médico (opcional)'),
      '555-0100',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Hacer el enlace y el código QR' }));
    const link = await screen.findByRole('textbox', { name: 'Enlace para los pacientes' });
    expect((link as HTMLInputElement).value).toMatch(/^http:\/\/localhost(:\d+)?\/es\/guide#clinic=v3\./);
    expect(screen.getByRole('region', { name: 'Compartido por Clínica del Río' })).toHaveTextContent(
      'Para pedir el expediente médico: 555-0100',
    );
    expect(
      screen.getByRole('heading', { name: 'Clínica del Río: ¿piensa pedir una segunda opinión?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Código QR que abre la guía' })).toBeInTheDocument();
  });

  it('says which limit a field passed, in English', async () => {
    renderIntl(<ClinicKit pages={[{ path: '/guide', label: 'The questions' }]} />);
    await userEvent.click(screen.getByLabelText('Clinic name'));
    await userEvent.paste('n'.repeat(81));
    await userEvent.click(screen.getByRole('button', { name: 'Make the link and QR code' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Use 80 characters or fewer for the name',
      }),
    ).toBeInTheDocument();
  });
});

describe('StorageNotice', () => {
  it('says in Spanish what was left out of saved data, with plurals', () => {
    renderIntl(
      <StorageNotice
        problem={{
          kind: 'partial',
          feature: 'prepare',
          lost: [
            { part: 'ticked', count: 2 },
            { part: '', count: 1 },
          ],
        }}
        onDismiss={() => {}}
      />,
      { locale: 'es' },
    );
    expect(
      screen.getByText(
        'No se pudo leer una parte de lo guardado para sus listas, así que se dejó fuera: 2 marcas, 1 otro dato guardado.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ocultar este mensaje' })).toBeInTheDocument();
  });

  it('keeps the English sentence', () => {
    renderIntl(<StorageNotice problem={{ kind: 'unreadable', feature: 'questions' }} onDismiss={() => {}} />);
    expect(
      screen.getByText(
        'What was saved on this device for your questions and visit notes could not be read, so it has been cleared.',
      ),
    ).toBeInTheDocument();
  });
});

describe('DeviceData', () => {
  it('lists what is saved and deletes it, in Spanish', async () => {
    renderIntl(<DeviceData />, { locale: 'es' });
    expect(screen.getByRole('region', { name: 'Qué se guarda en este dispositivo' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '¿Guardado ahora?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Borrar todo en este dispositivo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sí, borrar todo' }));
    await act(async () => {});
    expect(screen.getByRole('heading', { name: 'Todo está borrado' })).toHaveFocus();
  });
});

describe('ClinicBanner', () => {
  it('takes its words as props, in the page language, for a damaged clinic link', async () => {
    window.location.hash = '#clinic=v1.AAAA';
    render(<ClinicBanner words={clinicBannerWords('es')} />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'No se pudieron leer los datos de la clínica en este enlace. Este enlace está dañado o incompleto.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Puede seguir usando la guía.');
  });

  it('shows the clinic that shared the guide, in English words', async () => {
    window.location.hash = `#clinic=${encodeShare({ kind: 'clinic', data: { name: 'Riverside', contact: '', note: '' } })}`;
    render(<ClinicBanner words={clinicBannerWords('en')} />);
    // jsdom applies no CSS: both boxes are here, the phone one and the wide-screen (and paper) one.
    const [phone, wide] = await screen.findAllByRole('region', { name: 'Shared by Riverside' });
    expect(wide).toHaveTextContent('The clinic does not see your answers.');
    expect(wide!.parentElement).toHaveClass('hidden', 'sm:block', 'print:block');
    expect(phone).toHaveClass('sm:hidden', 'print:hidden');
  });

  it('on a phone, shows the name and keeps the rest behind "Details"', async () => {
    window.location.hash = `#clinic=${encodeShare({ kind: 'clinic', data: { name: 'Riverside', contact: '555-0100', note: '' } })}`;
    render(<ClinicBanner words={clinicBannerWords('en')} />);
    const [phone] = await screen.findAllByRole('region', { name: 'Shared by Riverside' });
    const details = phone!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(phone!).getByText('Details')).toBeInTheDocument();
    await userEvent.click(within(phone!).getByText('Riverside'));
    expect(details.open).toBe(true);
    expect(within(phone!).getByText('555-0100')).toBeVisible();
    expect(phone).toHaveTextContent('For records requests: 555-0100');
    await userEvent.click(within(phone!).getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByRole('region', { name: 'Shared by Riverside' })).toBeNull();
  });
});
