import type { HostProps } from './hostProps';
import { bool, call, cx, str, testIdOf } from './hostProps';

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

const ARROWS: Record<string, string> = { ascending: ' ▲', descending: ' ▼', none: ' ↕' };

/**
 * A header cell; a sortable one (sortDirection other than never) shows its arrow and, when
 * clicked, calls onSortChange with the other direction, ascending first, as HubSpot's table does.
 */
export function TableHeader(props: HostProps) {
  const direction = str(props.sortDirection);
  const sortable = direction !== undefined && direction !== 'never' && typeof props.onSortChange === 'function' && !bool(props.disabled);
  const onClick = sortable ? () => call(props.onSortChange, direction === 'ascending' ? 'descending' : 'ascending') : undefined;
  return (
    <th {...testIdOf(props)} style={{ textAlign: alignOf(props) ?? 'left', cursor: sortable ? 'pointer' : undefined }} onClick={onClick} aria-sort={sortable && (direction === 'ascending' || direction === 'descending') ? direction : undefined}>
      {props.children}
      {sortable ? <span className="hs-table__sort">{ARROWS[direction] ?? ''}</span> : null}
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
