// Public entry of the law module: other modules import only from this file.
export {};
