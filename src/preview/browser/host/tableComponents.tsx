import type { HostProps } from './hostProps';
import { bool, cx, str, testIdOf } from './hostProps';

const alignOf = (props: HostProps): 'left' | 'center' | 'right' | undefined => {
  const align = str(props.align);
  return align === 'left' || align === 'center' || align === 'right' ? align : undefined;
};

export function Table(props: HostProps) {
  return (
    <div className="hs-table-wrap">
      <table {...testIdOf(props)} className={cx('hs-table', bool(props.bordered) && 'hs-table--bordered', str(props.density) === 'condensed' && 'hs-table--condensed')}>
        {props.children}
      </table>
    </div>
  );
}

export const TableHead = (props: HostProps) => <thead {...testIdOf(props)}>{props.children}</thead>;
export const TableBody = (props: HostProps) => <tbody {...testIdOf(props)}>{props.children}</tbody>;
export const TableFooter = (props: HostProps) => <tfoot {...testIdOf(props)}>{props.children}</tfoot>;
export const TableRow = (props: HostProps) => <tr {...testIdOf(props)}>{props.children}</tr>;

export function TableHeader(props: HostProps) {
  return (
    <th {...testIdOf(props)} style={{ textAlign: alignOf(props) ?? 'left' }}>
      {props.children}
    </th>
  );
}

export function TableCell(props: HostProps) {
  return (
    <td {...testIdOf(props)} style={{ textAlign: alignOf(props) }}>
      {props.children}
    </td>
  );
}
