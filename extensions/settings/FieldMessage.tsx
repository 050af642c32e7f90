import { StatusTag } from '@hubspot/ui-extensions';
import type { FieldError } from '../../src/handlers/contracts/common';
import { errorFor } from './fieldErrors';

/** An error about a whole list (e.g. `roles.rep.kpis`: the weights' sum), shown next to that list; `under` adds the errors inside it. */
export function FieldMessage({ errors, field, under = false }: { errors: readonly FieldError[]; field: string; under?: boolean }) {
  const message = errorFor(errors, field, under);
  if (message === undefined) return null;
  return (
    <StatusTag variant="danger" testId={`error:${field}`}>
      {message}
    </StatusTag>
  );
}
