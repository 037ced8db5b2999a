// libFuzzer's driver, linked by `-sanitize=fuzzer` (compiler-rt's libclang_rt.fuzzer).
// Called from Swift's `main`: SwiftPM links debug executables with `--defsym main=<module>_main`,
// which would otherwise shadow libFuzzer's own `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
