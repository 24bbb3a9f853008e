// Public entry of the store module: other modules import only from this file.
export {};
