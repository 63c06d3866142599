// How a compiled statement finished: normally, or by break, continue or return.

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
