/* Twin of points_nearest.py: k-means over n points, the same operations in
   the same order (distances through sqrt, sums in point order). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#define CLUSTERS 32
#define ROUNDS 16

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000;
    double *px = malloc(n * sizeof *px), *py = malloc(n * sizeof *py);
    long long seed = 42;
    for (long i = 0; i < n; i++) {
        seed = seed * 16807 % 2147483647;
        double angle = (double)seed / 2147483647 * 2.0 * M_PI;
        seed = seed * 16807 % 2147483647;
        double radius = 1.0 + (double)(i % 3) + (double)seed / 2147483647 * 0.5;
        px[i] = radius * cos(angle);
        py[i] = radius * sin(angle);
    }
    double cx[CLUSTERS], cy[CLUSTERS], sx[CLUSTERS], sy[CLUSTERS];
    long counts[CLUSTERS];
    for (int c = 0; c < CLUSTERS; c++) { cx[c] = px[c]; cy[c] = py[c]; }
    double inertia = 0.0;
    for (int r = 0; r < ROUNDS; r++) {
        for (int c = 0; c < CLUSTERS; c++) { sx[c] = 0.0; sy[c] = 0.0; counts[c] = 0; }
        inertia = 0.0;
        for (long i = 0; i < n; i++) {
            double best = INFINITY;
            int best_index = -1;
            for (int c = 0; c < CLUSTERS; c++) {
                double dx = px[i] - cx[c], dy = py[i] - cy[c];
                double distance = sqrt(dx * dx + dy * dy);
                if (distance < best) { best = distance; best_index = c; }
            }
            inertia += best;
            sx[best_index] += px[i];
            sy[best_index] += py[i];
            counts[best_index]++;
        }
        for (int c = 0; c < CLUSTERS; c++)
            if (counts[c] > 0) { cx[c] = sx[c] / counts[c]; cy[c] = sy[c] / counts[c]; }
    }
    double spread = 0.0;
    long largest = 0;
    for (int c = 0; c < CLUSTERS; c++) {
        spread += sqrt(cx[c] * cx[c] + cy[c] * cy[c]);
        if (counts[c] > largest) largest = counts[c];
    }
    printf("%.9f\n%.9f %ld\n", inertia, spread, largest);
    free(px); free(py);
    return 0;
}
