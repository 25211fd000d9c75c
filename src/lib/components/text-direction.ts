/** The `dir` of a page in the given language (the PDF export asks the same, see domain/locale). */
export { directionOf } from '../domain/locale';
