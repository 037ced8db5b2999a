/* The floor reference: libyaml's raw event loop over each file named, nothing built.
 * cc -O2 -o yaml_events yaml_events.c -lyaml ; ./yaml_events FILE... -> event count */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv) {
    unsigned long events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); return 1; }
        yaml_parser_t p;
        yaml_event_t e;
        yaml_parser_initialize(&p);
        yaml_parser_set_input_file(&p, f);
        for (int done = 0; !done;) {
            if (!yaml_parser_parse(&p, &e)) {
                fprintf(stderr, "%s:%zu: %s\n", argv[i], p.problem_mark.line + 1, p.problem ? p.problem : "error");
                return 1;
            }
            done = e.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&e);
        }
        yaml_parser_delete(&p);
        fclose(f);
    }
    printf("%lu events\n", events);
    return 0;
}
