/*
 * The floor for YAML input: libyaml's raw event parse of each file named, with no tree and no values.
 *
 * Reads each file whole (as jixiao does), then loops yaml_parser_parse over its events, freeing each one.
 * Prints the number of files and events; exits 1 on a file it cannot read or parse. benchmarks/perf.sh
 * builds it with gcc against pkg-config yaml-0.1 and runs it under callgrind beside jixiao.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static unsigned char *read_whole(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t capacity = 1 << 16, used = 0;
    unsigned char *bytes = malloc(capacity);
    size_t got;
    while (bytes && (got = fread(bytes + used, 1, capacity - used, file)) > 0) {
        used += got;
        if (used == capacity) bytes = realloc(bytes, capacity *= 2);
    }
    fclose(file);
    *length = used;
    return bytes;
}

int main(int argc, char **argv) {
    unsigned long events = 0;
    for (int index = 1; index < argc; index++) {
        size_t length = 0;
        unsigned char *bytes = read_whole(argv[index], &length);
        if (!bytes) {
            fprintf(stderr, "%s: cannot read\n", argv[index]);
            return 1;
        }
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, bytes, length);
        for (int done = 0; !done;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", argv[index], parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
                return 1;
            }
            done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        free(bytes);
    }
    printf("%d files, %lu events\n", argc - 1, events);
    return 0;
}
