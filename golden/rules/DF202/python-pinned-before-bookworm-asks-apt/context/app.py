import cffi
