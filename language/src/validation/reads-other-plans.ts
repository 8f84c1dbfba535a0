import { ValidationRegistry, type ValidationCheck } from 'langium';

const readingOtherPlans = new WeakSet<object>();

/**
 * Marks a check whose findings depend on more than its own file's text: the schedule (which links
 * to other plans move), other plans' files, or the references of the whole workspace. When only
 * another plan has changed, a file keeps what its other checks found and runs these again
 * (ProjDocumentValidator). A check that follows a reference out of its file is one of these.
 */
export function readsOtherPlans<T extends ValidationCheck<never>>(check: T): T {
    readingOtherPlans.add(check);
    return check;
}

/** Whether a check, as registered, was marked by {@link readsOtherPlans}. */
export function isReadingOtherPlans(check: ValidationCheck): boolean {
    return readingOtherPlans.has(check);
}

/** Langium's registry, which wraps each check it is given: the wrapper keeps the check's mark. */
export class ProjValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const wrapped = super.wrapValidationException(check, thisObj);
        if (readingOtherPlans.has(check)) {
            readingOtherPlans.add(wrapped);
        }
        return wrapped;
    }
}
