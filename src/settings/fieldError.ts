import { z } from 'zod';

/**
 * One problem with the settings, named by the dotted path of the field the settings page
 * should mark (`roles.rep.kpis.2.weight`; `roles.rep.kpis` for a rule about the whole list;
 * '' for the settings object itself). Same shape as the handlers' fieldErrorSchema.
 */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const fieldError = (path: ReadonlyArray<PropertyKey>, message: string): FieldError => ({
  field: path.map(String).join('.'),
  message,
});
