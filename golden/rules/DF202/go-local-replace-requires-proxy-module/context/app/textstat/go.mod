module example.com/textstat

go 1.19

require golang.org/x/text v0.14.0
