// Renders run one at a time and only for the newest request: a request made while one runs is
// not queued behind the others, it replaces them, and a render that finds itself overtaken after
// an await stops (the caller checks `isCurrent`). Each render starts a task later, so that a burst
// of updates (messages already queued) is drawn once, for the last.

export class RenderQueue {
    private wanted = 0;
    private done = 0;
    private running = false;
    private idleWaiters: Array<() => void> = [];
    private wake: (() => void) | undefined;

    constructor(private readonly render: (isCurrent: () => boolean) => Promise<void>, private readonly onIdle: () => void) {}

    request(): void {
        this.wanted++;
        this.wake?.();
        if (!this.running) {
            this.running = true;
            void this.drain();
        }
    }

    /** Waits `ms`, or less if a newer render is wanted meanwhile (the render then checks `isCurrent`). */
    pause(ms: number): Promise<void> {
        return new Promise(resolve => {
            const done = () => {
                clearTimeout(timer);
                this.wake = undefined;
                resolve();
            };
            const timer = setTimeout(done, ms);
            this.wake = done;
        });
    }

    /** Resolves once no render is under way or wanted. */
    idle(): Promise<void> {
        return this.running ? new Promise(resolve => this.idleWaiters.push(resolve)) : Promise.resolve();
    }

    private async drain(): Promise<void> {
        try {
            while (this.done < this.wanted) {
                await nextTask();
                const sequence = this.wanted;
                try {
                    await this.render(() => sequence === this.wanted);
                } catch (error) {
                    console.error('Proj preview: render failed', error);
                }
                this.done = sequence;
            }
        } finally {
            this.running = false;
        }
        this.onIdle();
        for (const resolve of this.idleWaiters.splice(0)) {
            resolve();
        }
    }
}

const nextTask = () => new Promise<void>(resolve => setTimeout(resolve, 0));
