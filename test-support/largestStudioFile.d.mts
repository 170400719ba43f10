export declare const LARGEST_EVENTS: number;
export declare function largestStudioFile(): string;
