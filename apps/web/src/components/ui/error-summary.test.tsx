import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './error-summary';

function renderSummary(errors: { fieldId: string; message: string }[]) {
  return render(
    <MantineProvider env="test">
      <ErrorSummary errors={errors} />
      <TextInput id="full-name" label="Full name" />
      <TextInput id="email" label="Email" />
    </MantineProvider>,
  );
}

describe('ErrorSummary', () => {
  it('lists each field error as a link to its field, under "There is a problem"', () => {
    renderSummary([
      { fieldId: 'full-name', message: 'Enter their full name' },
      { fieldId: 'email', message: 'Enter their email address' },
    ]);

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter their full name', '#full-name'],
      ['Enter their email address', '#email'],
    ]);
  });

  it('takes focus when it appears, and a link moves focus to its field', async () => {
    renderSummary([{ fieldId: 'email', message: 'Enter their email address' }]);
    expect(screen.getByRole('alert')).toHaveFocus();

    await userEvent.click(screen.getByRole('link', { name: 'Enter their email address' }));

    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('renders nothing when there are no errors', () => {
    renderSummary([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
