module example.com/wordcount

go 1.19

require example.com/textstat v0.0.0

replace example.com/textstat => ./textstat
