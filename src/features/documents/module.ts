import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { DOCUMENT_REF } from './card-payloads.ts';
import { documentsCommand } from './documents-command.ts';
import { openDocumentAction } from './open-document.ts';

/** Members' access to the committee's documents (Điều 6.1.d): sent reports, invitations, conclusions, decisions. */
export const documentsModule: FeatureModule = {
  name: 'documents',
  commands: [{ name: 'documents', phrases: ['tai lieu', 'documents'], allow: ['documents.view'], handler: documentsCommand }],
  verbs: [defineVerb({ verb: 'documents.open', allow: ['documents.view'], schema: DOCUMENT_REF, handler: openDocumentAction })],
};
