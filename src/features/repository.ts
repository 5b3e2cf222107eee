/** Repositories live with the store (src/store/repository.ts); features import them from here too. */
export { repository, singleDocument, type DocumentReader, type Repository, type SingleDocument } from '../store/repository.ts';
