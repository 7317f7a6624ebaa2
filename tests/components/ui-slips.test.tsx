import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionsView } from '@/components/questions/questions-view';
import { questionsStore } from '@/components/questions/questions-store';
import { ClinicKit } from '@/components/share/clinic-kit';
import { clinicKitStore } from '@/components/share/clinic-kit-store';
import { PrintValue } from '@/components/ui/print-value';
import { getContent } from '@/lib/content';
import { DeviceData } from '@/components/share/device-data';
import { SaveShared } from '@/components/share/save-shared';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { SharePanel } from '@/components/ui/share-panel';
import { EMPTY_PREPARE } from '@/lib/prepare/state';
import { renderIntl } from '../setup/intl';

function renderSaveShared(onReplace = vi.fn()) {
  renderIntl(
    <SaveShared
      what="a checklist"
      target={{ href: '/prepare', label: 'Go to your lists' }}
      holdsData={() => true}
      onReplace={onReplace}
    />,
  );
  return onReplace;
}

describe('focus after a question in place is put away', () => {
  it('returns to "Save to this device" after Cancel on the shared copy, and saves nothing', async () => {
    const onReplace = renderSaveShared();
    await userEvent.click(screen.getByRole('button', { name: 'Save to this device' }));
    expect(screen.getByRole('heading', { name: 'This device already has a checklist' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Save to this device' })).toHaveFocus();
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('returns to "Save to this device" after Escape on the shared copy', async () => {
    renderSaveShared();
    await userEvent.click(screen.getByRole('button', { name: 'Save to this device' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: /already has/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to this device' })).toHaveFocus();
  });

  it('closes a confirm-in-place with Escape and returns to its button, without acting', async () => {
    const onConfirm = vi.fn();
    renderIntl(
      <ConfirmAction
        buttonText="Delete everything"
        question="Delete everything?"
        detail="You cannot undo this."
        confirmText="Yes, delete"
        cancelText="No, keep it"
        onConfirm={onConfirm}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(screen.getByRole('heading', { name: 'Delete everything?' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('returns to the share button when the share panel is closed, by button or Escape', async () => {
    renderIntl(<SharePanel value={() => ({ kind: 'prepare', data: EMPTY_PREPARE })} what="your lists" />);
    const open = () => userEvent.click(screen.getByRole('button', { name: 'Share or save a copy' }));
    await open();
    await screen.findByRole('heading', { name: 'Share or save a copy of your lists' });
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Share or save a copy' })).toHaveFocus();
    await open();
    expect(await screen.findByRole('heading', { name: /of your lists/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Share or save a copy' })).toHaveFocus();
  });
});

describe('wide tables on a narrow phone', () => {
  it('puts the privacy page table in a region the keyboard reaches, named by its caption', async () => {
    renderIntl(<DeviceData />, { locale: 'es' });
    const region = screen.getByRole('region', {
      name: 'Todo lo que esta guía puede guardar en este navegador',
    });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('table'));
    await userEvent.tab();
    expect(region).toHaveFocus();
  });
});

describe('own questions', () => {
  afterEach(() => {
    questionsStore.getState().reset();
    window.localStorage.clear();
    // What was typed stays in the box as a draft: each test starts with an empty one.
    window.sessionStorage.clear();
  });

  const topics = getContent('en').questionTopics;
  const bankQuestion = topics[0]!.questions[0]!.text;

  async function addOwn(text: string) {
    const box = screen.getByRole('textbox', { name: 'Add your own question' });
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste(text);
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    return box;
  }

  it('refuses a question already on the list, with a message tied to the box', async () => {
    renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    await addOwn('Is it safe to fly?');
    expect(screen.getByText('Is it safe to fly?')).toBeInTheDocument();
    const box = await addOwn('  is it SAFE to fly ');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/^Error:\s*This question is already on your list$/);
    expect(box).toHaveFocus();
    expect(questionsStore.current().chosen).toHaveLength(1);
  });

  it('points to the bank when the question is one of its own', async () => {
    renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    const box = await addOwn(bankQuestion.self.toUpperCase().replace(/\?$/, ''));
    expect(box).toHaveAccessibleDescription(
      /^Error:\s*This is one of the common questions below\. Tick it there instead$/,
    );
    expect(questionsStore.current().chosen).toHaveLength(0);
  });

  it('counts down to the 300-character limit and reads the count out once typing pauses', async () => {
    renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    const box = screen.getByRole('textbox', { name: 'Add your own question' });
    expect(box).toHaveAttribute('dir', 'auto');
    await userEvent.click(box);
    await userEvent.paste('x'.repeat(200));
    expect(screen.queryByText(/characters remaining/)).not.toBeInTheDocument();
    await userEvent.paste('x'.repeat(100));
    expect(box).toHaveAccessibleDescription('You have 0 characters remaining');
    await waitFor(
      () =>
        expect(
          screen
            .getAllByText('You have 0 characters remaining')
            .some((el) => el.getAttribute('aria-live') === 'polite'),
        ).toBe(true),
      // The count is read out a second after typing stops.
      { timeout: 3000 },
    );
  });
});

describe('a half-typed own question', () => {
  afterEach(() => {
    questionsStore.getState().reset();
    window.localStorage.clear();
    window.sessionStorage.clear();
  });
  const topics = getContent('en').questionTopics;

  it('survives a reload of the tab until it is added, and "Delete everything" deletes it', async () => {
    const first = renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Add your own question' }),
      'Can I wait a month?',
    );
    first.unmount();

    const again = renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    expect(screen.getByRole('textbox', { name: 'Add your own question' })).toHaveValue('Can I wait a month?');
    again.unmount();

    renderIntl(<DeviceData />);
    expect(screen.getByRole('row', { name: /sog\.question-draft/ })).toHaveTextContent('Yes');
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(window.sessionStorage.getItem('sog.question-draft')).toBeNull();
  });

  it('is gone once the question is added', async () => {
    renderIntl(<QuestionsView topics={topics} />);
    await screen.findByRole('heading', { name: 'Your list (0)' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Add your own question' }), 'Can I wait?');
    expect(window.sessionStorage.getItem('sog.question-draft')).toBe('Can I wait?');
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect(window.sessionStorage.getItem('sog.question-draft')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Add your own question' })).toHaveValue('');
  });
});

describe('right-to-left text', () => {
  it('lets the browser set the direction of typed text in fields and where it shows again', async () => {
    renderIntl(<ClinicKit pages={[{ path: '/guide', label: 'The questions' }]} />);
    for (const name of ['Clinic name', /Contact line for records requests/, /A short note for patients/]) {
      expect(screen.getByLabelText(name)).toHaveAttribute('dir', 'auto');
    }
    const { container } = renderIntl(<PrintValue value="ملاحظة" />);
    expect(container.querySelector('.print-value')).toHaveAttribute('dir', 'auto');
  });
});

describe('character counts on other limited fields', () => {
  afterEach(() => clinicKitStore.getState().reset());

  it('counts on the clinic name and ties the count to the field', async () => {
    renderIntl(<ClinicKit pages={[{ path: '/guide', label: 'The questions' }]} />);
    const name = screen.getByLabelText('Clinic name');
    await userEvent.click(name);
    await userEvent.paste('c'.repeat(70));
    expect(screen.getByText('You have 10 characters remaining')).toBeInTheDocument();
    expect(name.getAttribute('aria-describedby')).toContain('clinic-name-count');
    await userEvent.paste('c'.repeat(12));
    expect(screen.getByText('You have 2 characters too many')).toBeInTheDocument();
  });
});
