/* attncc command line (being written). */
#include <stdio.h>
int main(void) { fputs("attncc: driver not built yet\n", stderr); return 1; }
