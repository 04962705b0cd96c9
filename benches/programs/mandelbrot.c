/* Twin of mandelbrot.py. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 300;
    long inside = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5, zr = 0.0, zi = 0.0;
            int escaped = 0;
            for (int k = 0; k < 50; k++) {
                double tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if (zr * zr + zi * zi > 4.0) { escaped = 1; break; }
            }
            if (!escaped) inside++;
        }
    }
    printf("%ld\n", inside);
    return 0;
}
