import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
