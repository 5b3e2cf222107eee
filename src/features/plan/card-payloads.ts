import type { z } from 'zod';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';

/** The task form's buttons: the plan's year, the task (empty to add one) and the form's inputs. */
export const TASK_FORM = cardForm({
  year: cardText,
  taskId: cardRef,
  number: cardText,
  content: cardText,
  area: cardText,
  lead: cardText,
  cooperating: cardText,
  deadline: cardText,
  output: cardText,
  reason: cardText,
});

export type TaskFormData = z.output<typeof TASK_FORM>;
