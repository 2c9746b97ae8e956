import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Field } from './field';
import { IconCheck, IconCopy } from './icons';
import { useAnnounce } from './live-region';

/** A read-only value with a copy button (calendar feed links). */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const announce = useAnnounce();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // no clipboard permission: select the text so Ctrl+C works
      input.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
    announce(t('common.copied'));
    setTimeout(() => setCopied(false), 2500);
  }

  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <div className="copy-field">
          <input
            {...control}
            ref={input}
            type="text"
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button variant="secondary" onClick={copy}>
            {copied ? <IconCheck /> : <IconCopy />}
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        </div>
      )}
    </Field>
  );
}
