import {
  useId,
  type FieldsetHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldBits {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Further classes on the `.field` wrapper (e.g. a feature's layout class). */
  fieldClassName?: string;
  /** Ids of further descriptions of the control (e.g. a live status), after the hint and the error. */
  describedBy?: string;
  /** Shown after the control, inside the field (e.g. a live status). */
  after?: ReactNode;
}

/** What a control inside a `Field` needs to be labelled and described. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled field around any control, its hint and error wired up for assistive technology:
 * label, hint, the control (from `children`, given its id and descriptions), error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  fieldClassName,
  describedBy,
  after,
  children,
}: FieldBits & { id?: string; children: (control: FieldControl) => ReactNode }) {
  const auto = useId();
  const fieldId = id ?? auto;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const control: FieldControl = {
    id: fieldId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children(control)}
      {error && (
        <span id={errorId} className="error">
          {error}
        </span>
      )}
      {after}
    </div>
  );
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/** A labelled input with its hint and error wired up for assistive technology. */
export function TextField({
  label,
  hint,
  error,
  fieldClassName,
  describedBy,
  after,
  id,
  type = 'text',
  ...input
}: FieldBits & InputProps) {
  return (
    <Field {...{ id, label, hint, error, fieldClassName, describedBy, after }}>
      {(control) => <input {...control} type={type} {...input} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  describedBy,
  after,
  id,
  children,
  ...select
}: FieldBits & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <Field {...{ id, label, hint, error, fieldClassName, describedBy, after }}>
      {(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  fieldClassName,
  describedBy,
  after,
  id,
  ...textarea
}: FieldBits & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field {...{ id, label, hint, error, fieldClassName, describedBy, after }}>
      {(control) => <textarea {...control} {...textarea} />}
    </Field>
  );
}

/** A checkbox with its label around it (`label` may be a `<span>` when it holds more than words). */
export function CheckboxField({ label, ...input }: { label: ReactNode } & InputProps) {
  return (
    <label className="check">
      <input type="checkbox" {...input} />
      {label}
    </label>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  /** The words after the radio (wrap them in a `<span>` when they hold more than text). */
  label: ReactNode;
  disabled?: boolean;
  /** The option's language, when it is a language's own name. */
  lang?: string;
}

/**
 * A group of radio buttons under a legend, each in a `label.check`; arrow keys move the choice.
 * `className` goes on the box around the options.
 */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  className,
  fieldsetClassName,
  ...fieldset
}: {
  legend: ReactNode;
  name: string;
  value: V | null;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  className?: string;
  fieldsetClassName?: string;
} & Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'onChange' | 'className'>) {
  return (
    <fieldset className={fieldsetClassName} {...fieldset}>
      <legend>{legend}</legend>
      <div className={className}>
        {options.map((o) => (
          <label key={o.value} className="check" lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
