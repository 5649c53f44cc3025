import { useEffect, useId, useState } from 'react';
import { Fieldset } from './Field.tsx';
import inputs from './inputs.module.css';

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => void;
}

/** A labelled row of radio buttons; the choice applies as soon as it is made. */
export function ChoiceGroup<V extends string>({ legend, value, options, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  // The click shows at once; the saved preference catches up (and wins) when it comes back.
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <Fieldset legend={legend}>
      <div className={inputs.radios}>
        {options.map((o) => (
          <label key={o.value} className={inputs.check} lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={shown === o.value}
              onChange={() => {
                setShown(o.value);
                onChange(o.value);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
