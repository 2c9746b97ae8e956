import {
  useId,
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
  children,
  ...field
}: FieldBits & { id?: string; children: (control: FieldControl) => ReactNode }) {
  const { label, hint, error, describedBy } = field;
  const auto = useId();
  const fieldId = field.id ?? auto;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const control: FieldControl = {
    id: fieldId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={field.fieldClassName ? `field ${field.fieldClassName}` : 'field'}>
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
      {field.after}
    </div>
  );
}

type Split<P> = [FieldBits & { id?: string }, Omit<P, keyof FieldBits | 'id'>];

/** The field's own props apart from the control's. */
function split<P extends FieldBits & { id?: string }>(props: P): Split<P> {
  const { label, hint, error, fieldClassName, describedBy, after, id, ...control } = props;
  return [{ label, hint, error, fieldClassName, describedBy, after, id }, control];
}

/** A labelled input with its hint and error wired up for assistive technology. */
export function TextField({
  type = 'text',
  ...props
}: FieldBits & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const [field, input] = split(props);
  return <Field {...field}>{(control) => <input {...control} type={type} {...input} />}</Field>;
}

export function SelectField({
  children,
  ...props
}: FieldBits & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const [field, select] = split(props);
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField(
  props: FieldBits & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> },
) {
  const [field, textarea] = split(props);
  return <Field {...field}>{(control) => <textarea {...control} {...textarea} />}</Field>;
}

// the choice fields live apart; imported from here as well
export { CheckboxField, RadioGroup, type RadioOption } from './choice-field';
