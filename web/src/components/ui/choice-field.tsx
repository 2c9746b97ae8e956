import type { FieldsetHTMLAttributes, InputHTMLAttributes, ReactNode, Ref } from 'react';

/** A checkbox with its label around it (`label` may be a `<span>` when it holds more than words). */
export function CheckboxField({
  label,
  ...input
}: { label: ReactNode } & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
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
