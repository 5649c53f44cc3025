import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/context.tsx';
import { Button, type ButtonProps } from './Button.tsx';
import { tableStyles as ts } from './table.ts';

/** A list of things, each row ending with its actions (whose column is named for screen readers only). */
export function DataTable({ headers, children }: { headers: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={ts.wrap}>
      <table className={ts.table}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface RowAction {
  label: string;
  run: () => void;
  variant?: ButtonProps['variant'];
}

/**
 * A row's buttons. Each names its row ("Delete @studio.yoga") so it is told apart from the same
 * button on the other rows and from the page's own actions.
 */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  return (
    <td className={ts.actions}>
      {actions.map((action) => (
        <Button
          key={action.label}
          size="small"
          variant={action.variant}
          aria-label={`${action.label} ${name}`}
          onClick={action.run}
        >
          {action.label}
        </Button>
      ))}
    </td>
  );
}
