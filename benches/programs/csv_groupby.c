/* Twin of csv_groupby.py: each record is printed into a line with
   snprintf, cut at the commas, parsed with atol and strtod, and folded
   into a per-city entry (a linear search: there are twelve cities). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *CITIES[12] = {"Oslo", "Lima", "Pune", "Kyiv", "Nice", "Baku",
                                 "Doha", "Riga", "Suva", "Lome", "Apia", "Male"};
struct group { char city[16]; long count; double total, low, high; };

static int by_mean(const void *pa, const void *pb) {
    const struct group *a = pa, *b = pb;
    double ma = a->total / a->count, mb = b->total / b->count;
    return (ma > mb) - (ma < mb);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000;
    struct group groups[12];
    int ngroups = 0;
    double warm_t = -1000.0;
    long warm_day = 0;
    char warm_city[16] = "";
    long long seed = 42;
    char line[64];
    for (long day = 0; day < n; day++) {
        seed = seed * 16807 % 2147483647;
        int index = (int)(seed % 12);
        seed = seed * 16807 % 2147483647;
        double temperature = (double)(index * 20 - 100 + seed % 301) / 10;
        snprintf(line, sizeof line, "%s,%ld,%.1f", CITIES[index], day, temperature);

        char *first = strchr(line, ','), *second = strchr(first + 1, ',');
        *first = '\0';
        *second = '\0';
        const char *city = line;
        long day_read = atol(first + 1);
        double t = strtod(second + 1, NULL);

        int g = 0;
        while (g < ngroups && strcmp(groups[g].city, city) != 0) g++;
        if (g == ngroups) {
            strcpy(groups[g].city, city);
            groups[g].count = 0;
            groups[g].total = 0.0;
            groups[g].low = groups[g].high = t;
            ngroups++;
        }
        groups[g].count++;
        groups[g].total += t;
        if (t < groups[g].low) groups[g].low = t;
        if (t > groups[g].high) groups[g].high = t;
        /* max() of (temperature, day, city) tuples: later days win ties. */
        if (t > warm_t || (t == warm_t && (day_read > warm_day ||
                           (day_read == warm_day && strcmp(city, warm_city) > 0)))) {
            warm_t = t;
            warm_day = day_read;
            strcpy(warm_city, city);
        }
    }
    qsort(groups, ngroups, sizeof groups[0], by_mean);
    for (int g = 0; g < 3 && g < ngroups; g++)
        printf("%s%s %.1f %.3f %.1f", g ? ", " : "", groups[g].city, groups[g].low,
               groups[g].total / groups[g].count, groups[g].high);
    printf("\nwarmest %.1f on day %ld in %s\n", warm_t, warm_day, warm_city);
    return 0;
}
