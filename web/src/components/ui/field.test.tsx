import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckboxField, Field, RadioGroup, SelectField, TextAreaField, TextField } from './field';

describe('field components', () => {
  it('a text field: labelled, described by its hint, then its error and further ids, marked invalid', () => {
    render(
      <TextField
        label="Name"
        hint="As on the door"
        error="Required"
        describedBy="status"
        fieldClassName="wide"
        after={<span id="status">3 found</span>}
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('As on the door Required 3 found');
    expect(input.closest('.field')).toHaveClass('field', 'wide');
  });

  it('a field without hint or error has no description and is not marked invalid', () => {
    render(
      <SelectField label="Desk" defaultValue="b">
        <option value="a">A</option>
        <option value="b">B</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Desk' });
    expect(select).not.toHaveAttribute('aria-invalid');
    expect(select).not.toHaveAttribute('aria-describedby');
    expect(select).toHaveValue('b');
    expect(select.closest('div')).toHaveAttribute('class', 'field');
  });

  it('a text area and a field around any control get the label', () => {
    render(
      <>
        <TextAreaField label="About" rows={3} />
        <Field label="Date" hint="Any day">
          {(control) => (
            <div>
              <button type="button">Back</button>
              <input type="date" {...control} />
            </div>
          )}
        </Field>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'About' })).toHaveAttribute('rows', '3');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription('Any day');
  });

  it('a radio group: legend names the group, the checked option follows the value, a click reports the choice', async () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Who"
        name="who"
        value="guest"
        onChange={onChange}
        className="options"
        options={[
          { value: 'guest', label: <span>Guest</span> },
          { value: 'user', label: 'Registered', disabled: false },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Who' });
    expect(group.querySelector('.options')).not.toBeNull();
    expect(screen.getByRole('radio', { name: 'Guest' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Registered' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Registered' }));
    expect(onChange).toHaveBeenCalledWith('user');
  });

  it('a checkbox is labelled by its words', () => {
    render(<CheckboxField label={<span>Repeat</span>} defaultChecked />);
    expect(screen.getByRole('checkbox', { name: 'Repeat' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Repeat' }).parentElement).toHaveClass('check');
  });
});
