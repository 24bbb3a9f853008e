// Public entry of the cases module: other modules import only from this file.
export {};
